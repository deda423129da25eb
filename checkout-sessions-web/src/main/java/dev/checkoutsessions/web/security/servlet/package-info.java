/**
 * Spring Security for the receivers in servlet applications: the request matcher of their
 * paths, the opt-in filter chain and the startup check that they are not blocked.
 */
@NullMarked
package dev.checkoutsessions.web.security.servlet;

import org.jspecify.annotations.NullMarked;
