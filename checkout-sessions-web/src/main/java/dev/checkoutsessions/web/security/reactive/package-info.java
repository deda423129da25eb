/**
 * Spring Security for the receivers in WebFlux applications: the exchange matcher of
 * their paths and the opt-in filter chain.
 */
@NullMarked
package dev.checkoutsessions.web.security.reactive;

import org.jspecify.annotations.NullMarked;
