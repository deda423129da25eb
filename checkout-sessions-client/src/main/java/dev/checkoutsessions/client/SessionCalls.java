package dev.checkoutsessions.client;

import dev.checkoutsessions.client.model.ChannelData;
import dev.checkoutsessions.client.model.ChannelType;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest;

/**
 * The operations on an existing session, once for every kind of {@link Credentials}: each
 * checks its arguments and hands the call to the {@link CallExecutor}.
 */
class SessionCalls implements SessionOperations {

	final CallExecutor executor;

	final Credentials credentials;

	SessionCalls(CallExecutor executor, Credentials credentials) {
		this.executor = executor;
		this.credentials = credentials;
	}

	@Override
	public GetSessionResponse getSessionDetails(String sessionId) {
		return this.executor.execute(SessionsOperation.GET_SESSION_DETAILS, this.credentials,
				Arguments.sessionId(sessionId), null, null, this.executor::readSession);
	}

	@Override
	public GetSessionResponse getSessionDetails(String sessionId, ChannelType channel) {
		return this.executor.execute(SessionsOperation.GET_SESSION_DETAILS, this.credentials,
				Arguments.sessionId(sessionId), Arguments.readChannel(channel), null, this.executor::readSession);
	}

	@Override
	public GetSessionResponse updateSession(String sessionId, ChannelData channelData) {
		return this.executor.execute(SessionsOperation.UPDATE_SESSION, this.credentials, Arguments.sessionId(sessionId),
				null, Arguments.channelData(channelData), this.executor::readSession);
	}

	@Override
	public void completeSession(String sessionId) {
		// 204: nothing to read.
		this.executor.execute(SessionsOperation.COMPLETE_SESSION, this.credentials, Arguments.sessionId(sessionId),
				null, null, (operation, answer) -> answer);
	}

	@Override
	public GetSessionResponse update3dsMethodCompletionIndicator(String sessionId,
			ThreeDsMethodCompletionRequest request) {
		return this.executor.execute(SessionsOperation.UPDATE_3DS_METHOD_COMPLETION_INDICATOR, this.credentials,
				Arguments.sessionId(sessionId), null, Arguments.notNull(request, "request"),
				this.executor::readSession);
	}

	/** The operations bound to one session secret. */
	static final class WithSessionSecret extends SessionCalls implements SessionSecretOperations {

		WithSessionSecret(CallExecutor executor, String sessionSecret) {
			super(executor, new Credentials.SessionSecret(sessionSecret));
		}

		@Override
		public String toString() {
			return "SessionSecretOperations{secret=sek_****}";
		}

	}

}
