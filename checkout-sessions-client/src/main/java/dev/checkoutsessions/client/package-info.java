/**
 * Client for the Checkout.com Sessions API (standalone 3-D Secure authentication).
 * <p>
 * Every call goes one way, top to bottom, six frames of ours (counted by
 * {@code ReviewDefectsTests}): {@code SessionCalls} (checks the arguments) →
 * {@code CallExecutor.execute} (the deadline, the body written once, one observation and
 * the recent-call record) → {@code retrying} (the loop: attempt,
 * {@code RetryDecision.of}, {@code RetryDelays}, meters, wait) → {@code attempt} (the
 * {@code Authorization} header from {@code Credentials}; after a 401 it asks them whether
 * to renew and sends once more) → {@code send} (a rate-limit permit, the deadline's
 * accounting) → {@code ApiTransport.send} (the HTTP exchange, its failures classified by
 * {@code TransportFailures}). Nothing is handed down to be called back: the OAuth token
 * provider, the deadline alarm and the rate limiter are asked and answer.
 * <p>
 * Adding an operation takes three lines of implementation and its two public
 * declarations: a {@link dev.checkoutsessions.client.SessionsOperation} constant (method,
 * path, idempotency), one method in {@code SessionCalls} and one in
 * {@code AsyncSessionCalls}, declared in
 * {@link dev.checkoutsessions.client.SessionOperations} and
 * {@link dev.checkoutsessions.client.AsyncSessionOperations}. Retry safety, metrics,
 * health and the URI come from the constant; {@code OperationsTwinTests} fails when the
 * asynchronous twin is missing.
 * <p>
 * Several accounts: {@link dev.checkoutsessions.client.SessionsClients} gives each
 * account's client by name, those configured in advance
 * ({@link dev.checkoutsessions.client.SessionsClients#of}) and, through
 * {@link dev.checkoutsessions.client.ResolvingSessionsClients}, those a
 * {@link dev.checkoutsessions.client.CheckoutAccountResolver} finds at run time. Clients
 * built on one {@link dev.checkoutsessions.client.CheckoutTransport} share its connection
 * pool, async executor and JSON mapper; each keeps its own token, rate limit and recent
 * calls.
 */
@NullMarked
package dev.checkoutsessions.client;

import org.jspecify.annotations.NullMarked;
