/**
 * Client for the Checkout.com Sessions API (standalone 3-D Secure authentication).
 * <p>
 * Every call goes one way, top to bottom: {@code SessionCalls} (checks the arguments) →
 * {@code CallExecutor} (deadline, rate limit, retries by {@code RetryDecision.of}, one
 * observation) → {@code Credentials} (the {@code Authorization} header, refreshing an
 * OAuth token once on a 401) → the transport.
 * <p>
 * Adding an operation takes three lines of implementation and its two public
 * declarations: a {@link dev.checkoutsessions.client.SessionsOperation} constant (method,
 * path, idempotency), one method in {@code SessionCalls} and one in
 * {@code AsyncSessionCalls}, declared in
 * {@link dev.checkoutsessions.client.SessionOperations} and
 * {@link dev.checkoutsessions.client.AsyncSessionOperations}. Retry safety, metrics,
 * health and the URI come from the constant; {@code OperationsTwinTests} fails when the
 * asynchronous twin is missing.
 */
@NullMarked
package dev.checkoutsessions.client;

import org.jspecify.annotations.NullMarked;
