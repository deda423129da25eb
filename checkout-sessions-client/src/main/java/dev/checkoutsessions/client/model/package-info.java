/**
 * Wire model of the Checkout.com Sessions API: requests with builders, immutable
 * responses, and open enums that keep values this library does not know yet.
 *
 * <p>
 * Everything lives in this one package so that application code needs a single import.
 */
@NullMarked
package dev.checkoutsessions.client.model;

import org.jspecify.annotations.NullMarked;
