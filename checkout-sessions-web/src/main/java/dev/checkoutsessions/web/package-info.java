/**
 * What the web features share: the check of their settings at startup and the failure
 * analysis that names the property to fix. The features live in
 * {@link dev.checkoutsessions.web.delivery} (what Checkout.com sends after the call) and
 * {@link dev.checkoutsessions.web.browser} (what the shopper's browser does during it).
 */
@NullMarked
package dev.checkoutsessions.web;

import org.jspecify.annotations.NullMarked;
