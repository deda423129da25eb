/**
 * Spring Security and the receivers: Checkout.com and the issuer's ACS post to them
 * without credentials or a CSRF token, so a shop with Spring Security permits their paths
 * with {@code checkout.security.permit-receivers=true} or with the request matchers of
 * {@link dev.checkoutsessions.web.security.servlet.CheckoutSessionsRequest} (servlet) and
 * {@link dev.checkoutsessions.web.security.reactive.CheckoutSessionsRequest} (WebFlux).
 * On either stack a startup check stops the application when Spring Security would still
 * turn them away.
 */
@NullMarked
package dev.checkoutsessions.web.security;

import org.jspecify.annotations.NullMarked;
