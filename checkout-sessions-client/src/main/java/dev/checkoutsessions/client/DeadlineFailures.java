package dev.checkoutsessions.client;

import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.CheckoutDeadlineExceededException.Phase;

/**
 * Turns the failure of a call whose deadline passed into a
 * {@link CheckoutDeadlineExceededException} that says what the call was waiting for,
 * where its time went and whether Checkout.com may have acted on it.
 */
final class DeadlineFailures {

	private DeadlineFailures() {
	}

	/**
	 * The failure the caller sees.
	 * @return a {@link CheckoutDeadlineExceededException} when {@code failure} is what
	 * running out of time looks like (a timeout, a pool or token wait cut short),
	 * {@code failure} itself otherwise (an answer that arrived, a permanent error)
	 */
	static CheckoutException exceeded(SessionsOperation operation, CallDeadline deadline, CheckoutException failure) {
		Phase phase = phaseOf(failure);
		if (phase == null) {
			return failure;
		}
		boolean sent = phase == Phase.RESPONSE || deadline.anyRequestMayHaveBeenProcessed();
		String request = operation.request();
		String consequence = !sent ? "nothing was sent, so it is safe to try again"
				: operation.isIdempotent() ? "Checkout.com may have processed the request; it is safe to repeat"
						: "Checkout.com may have processed the request and repeating it is not safe"
								+ operation.insteadOfRepeating();
		CheckoutDeadlineExceededException exceeded = new CheckoutDeadlineExceededException(
				request + " ran out of its call timeout of " + deadline.timeout().toMillis() + " ms waiting for "
						+ describe(phase) + "; " + consequence + ". Time: " + deadline.accounting() + ". Last failure: "
						+ failure.getMessage(),
				phase, deadline.timeout(), sent, failure);
		exceeded.copyAttempts(failure);
		return exceeded;
	}

	private static @Nullable Phase phaseOf(CheckoutException failure) {
		if (failure instanceof CheckoutTransportException transport) {
			return switch (transport.getKind()) {
				case POOL_EXHAUSTED -> Phase.CONNECTION_POOL;
				case CONNECT_FAILED -> Phase.CONNECT;
				case READ_TIMEOUT, CONNECTION_BROKEN -> Phase.RESPONSE;
				case TLS_HANDSHAKE_FAILED -> null;
			};
		}
		if (failure instanceof CheckoutAuthenticationException auth && auth.isTransient()
				&& auth.getHttpStatusCode() == 0) {
			return Phase.OAUTH_TOKEN;
		}
		return null;
	}

	private static String describe(Phase phase) {
		return switch (phase) {
			case OAUTH_TOKEN -> "an OAuth access token";
			case CONNECTION_POOL -> "a free pooled connection (all maxConnections were in use)";
			case CONNECT -> "a connection to Checkout.com";
			case RESPONSE -> "Checkout.com's answer";
		};
	}

}
