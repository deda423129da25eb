/**
 * Client for the Checkout.com Sessions API (standalone 3-D Secure authentication).
 */
@NullMarked
package dev.checkoutsessions.client;

import org.jspecify.annotations.NullMarked;
