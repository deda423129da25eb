package dev.checkoutsessions.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import dev.checkoutsessions.client.model.ChannelData;
import dev.checkoutsessions.client.model.ChannelType;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest;

/**
 * Runs the blocking {@link SessionOperations} on an executor. Arguments are checked on
 * the caller's thread first, so mistakes surface at the call site instead of inside a
 * future.
 */
class AsyncSessionCalls<O extends SessionOperations> implements AsyncSessionOperations {

	final O blocking;

	final Executor executor;

	AsyncSessionCalls(O blocking, Executor executor) {
		this.blocking = blocking;
		this.executor = executor;
	}

	@Override
	public CompletableFuture<GetSessionResponse> getSessionDetails(String sessionId) {
		Arguments.sessionId(sessionId);
		return run(() -> this.blocking.getSessionDetails(sessionId));
	}

	@Override
	public CompletableFuture<GetSessionResponse> getSessionDetails(String sessionId, ChannelType channel) {
		Arguments.sessionId(sessionId);
		Arguments.readChannel(channel);
		return run(() -> this.blocking.getSessionDetails(sessionId, channel));
	}

	@Override
	public CompletableFuture<GetSessionResponse> updateSession(String sessionId, ChannelData channelData) {
		Arguments.sessionId(sessionId);
		Arguments.channelData(channelData);
		return run(() -> this.blocking.updateSession(sessionId, channelData));
	}

	@Override
	public CompletableFuture<Void> completeSession(String sessionId) {
		Arguments.sessionId(sessionId);
		return CompletableFuture.runAsync(() -> this.blocking.completeSession(sessionId), this.executor);
	}

	@Override
	public CompletableFuture<GetSessionResponse> update3dsMethodCompletionIndicator(String sessionId,
			ThreeDsMethodCompletionRequest request) {
		Arguments.sessionId(sessionId);
		Arguments.notNull(request, "request");
		return run(() -> this.blocking.update3dsMethodCompletionIndicator(sessionId, request));
	}

	<T> CompletableFuture<T> run(Supplier<T> call) {
		return CompletableFuture.supplyAsync(call, this.executor);
	}

	/** The asynchronous operations bound to one session secret. */
	static final class WithSessionSecret extends AsyncSessionCalls<SessionSecretOperations>
			implements AsyncSessionSecretOperations {

		WithSessionSecret(SessionSecretOperations blocking, Executor executor) {
			super(blocking, executor);
		}

	}

}
