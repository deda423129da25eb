/**
 * Stateful in-process emulator of the Checkout.com Sessions API (standalone 3-D Secure)
 * and its OAuth token endpoint.
 */
@NullMarked
package dev.checkoutsessions.emulator;

import org.jspecify.annotations.NullMarked;
