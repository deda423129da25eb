/**
 * The browser kit: what a page needs to run the 3-D Secure steps of a browser session
 * ({@link dev.checkoutsessions.web.browser.BrowserSessions},
 * {@link dev.checkoutsessions.web.browser.NextStep}, the {@code 3ds.js} script) and the
 * notification endpoints the issuer's pages post back to.
 */
@NullMarked
package dev.checkoutsessions.web.browser;

import org.jspecify.annotations.NullMarked;
