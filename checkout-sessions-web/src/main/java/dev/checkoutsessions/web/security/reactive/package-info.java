/**
 * Spring Security for the receivers in WebFlux applications: the exchange matcher of
 * their paths, the opt-in filter chain and the startup check that they are not blocked.
 * With no reactive counterpart of the servlet {@code WebInvocationPrivilegeEvaluator},
 * the check runs Spring Security's filter chain on an anonymous exchange per receiver, so
 * it also sees CSRF protection, which the servlet check cannot.
 */
@NullMarked
package dev.checkoutsessions.web.security.reactive;

import org.jspecify.annotations.NullMarked;
