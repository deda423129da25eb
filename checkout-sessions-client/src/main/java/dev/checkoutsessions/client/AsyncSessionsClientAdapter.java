package dev.checkoutsessions.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import dev.checkoutsessions.client.model.ChannelData;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest;

/**
 * Runs the blocking operations on an executor. Arguments are checked on the caller's thread first, so
 * mistakes surface at the call site instead of inside a future.
 */
final class AsyncSessionsClientAdapter implements AsyncSessionsClient {

	private final SessionsClient client;

	private final Executor executor;

	AsyncSessionsClientAdapter(SessionsClient client, Executor executor) {
		this.client = client;
		this.executor = executor;
	}

	@Override
	public CompletableFuture<SessionResponse> requestSession(SessionRequest request) {
		Arguments.sessionRequest(request);
		return run(() -> this.client.requestSession(request));
	}

	@Override
	public CompletableFuture<GetSessionResponse> getSessionDetails(String sessionId) {
		Arguments.sessionId(sessionId);
		return run(() -> this.client.getSessionDetails(sessionId));
	}

	@Override
	public CompletableFuture<GetSessionResponse> updateSession(String sessionId, ChannelData channelData) {
		Arguments.sessionId(sessionId);
		Arguments.channelData(channelData);
		return run(() -> this.client.updateSession(sessionId, channelData));
	}

	@Override
	public CompletableFuture<Void> completeSession(String sessionId) {
		Arguments.sessionId(sessionId);
		return CompletableFuture.runAsync(() -> this.client.completeSession(sessionId), this.executor);
	}

	@Override
	public CompletableFuture<GetSessionResponse> update3dsMethodCompletionIndicator(String sessionId,
			ThreeDsMethodCompletionRequest request) {
		Arguments.sessionId(sessionId);
		Arguments.notNull(request, "request");
		return run(() -> this.client.update3dsMethodCompletionIndicator(sessionId, request));
	}

	@Override
	public AsyncSessionSecretOperations withSessionSecret(String sessionSecret) {
		SessionSecretOperations operations = this.client.withSessionSecret(sessionSecret);
		return new AsyncSessionSecretOperations() {

			@Override
			public CompletableFuture<GetSessionResponse> getSessionDetails(String sessionId) {
				Arguments.sessionId(sessionId);
				return run(() -> operations.getSessionDetails(sessionId));
			}

			@Override
			public CompletableFuture<GetSessionResponse> updateSession(String sessionId, ChannelData channelData) {
				Arguments.sessionId(sessionId);
				Arguments.channelData(channelData);
				return run(() -> operations.updateSession(sessionId, channelData));
			}

			@Override
			public CompletableFuture<Void> completeSession(String sessionId) {
				Arguments.sessionId(sessionId);
				return CompletableFuture.runAsync(() -> operations.completeSession(sessionId),
						AsyncSessionsClientAdapter.this.executor);
			}

			@Override
			public CompletableFuture<GetSessionResponse> update3dsMethodCompletionIndicator(String sessionId,
					ThreeDsMethodCompletionRequest request) {
				Arguments.sessionId(sessionId);
				Arguments.notNull(request, "request");
				return run(() -> operations.update3dsMethodCompletionIndicator(sessionId, request));
			}

		};
	}

	private <T> CompletableFuture<T> run(Supplier<T> call) {
		return CompletableFuture.supplyAsync(call, this.executor);
	}

}
