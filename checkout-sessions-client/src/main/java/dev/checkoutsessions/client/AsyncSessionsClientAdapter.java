package dev.checkoutsessions.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;

/**
 * {@link AsyncSessionsClient}: the session operations of {@link AsyncSessionCalls} plus
 * creating a session and switching to a session secret.
 */
final class AsyncSessionsClientAdapter extends AsyncSessionCalls<SessionsClient> implements AsyncSessionsClient {

	AsyncSessionsClientAdapter(SessionsClient client, Executor executor) {
		super(client, executor);
	}

	@Override
	public CompletableFuture<SessionResponse> requestSession(SessionRequest request) {
		Arguments.sessionRequest(request);
		return run(() -> this.blocking.requestSession(request));
	}

	@Override
	public AsyncSessionSecretOperations withSessionSecret(String sessionSecret) {
		return new AsyncSessionCalls.WithSessionSecret(this.blocking.withSessionSecret(sessionSecret), this.executor);
	}

}
