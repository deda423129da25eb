package dev.checkoutsessions.client.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations the Sessions client makes.
 *
 * @since 0.1.0
 */
public enum SessionsObservationDocumentation implements ObservationDocumentation {

	/**
	 * One logical Sessions call, all attempts and backoff included. Boot's per-attempt
	 * {@code http.client.requests} observations nest under it.
	 */
	SESSIONS_CALL {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultSessionsObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeys.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeys.values();
		}

		@Override
		public Observation.Event[] getEvents() {
			return Events.values();
		}

	},

	/**
	 * One OAuth client-credentials token request.
	 */
	OAUTH_TOKEN {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultOAuthTokenObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return new KeyName[] { LowCardinalityKeys.ACCOUNT, LowCardinalityKeys.OUTCOME, LowCardinalityKeys.STATUS,
					LowCardinalityKeys.ERROR_TYPE };
		}

	};

	/** Low-cardinality keys: safe as metric tags. */
	public enum LowCardinalityKeys implements KeyName {

		/**
		 * The account: {@code default} for the top-level one, a configured account's
		 * name, or the tag a resolver gave a resolved account.
		 */
		ACCOUNT {
			@Override
			public String asString() {
				return "account";
			}
		},

		/** The operation, e.g. {@code request_session}. */
		OPERATION {
			@Override
			public String asString() {
				return "operation";
			}
		},

		/** {@code oauth} or {@code session_secret}. */
		AUTHENTICATION {
			@Override
			public String asString() {
				return "authentication";
			}
		},

		/**
		 * {@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR},
		 * {@code TRANSPORT_ERROR} or {@code INTERNAL_ERROR}.
		 */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		},

		/** HTTP status of the last answer, or {@code NONE}. */
		STATUS {
			@Override
			public String asString() {
				return "status";
			}
		},

		/** Simple class name of the exception, or {@code none}. */
		ERROR_TYPE {
			@Override
			public String asString() {
				return "error.type";
			}
		}

	}

	/** High-cardinality keys: span attributes only. */
	public enum HighCardinalityKeys implements KeyName {

		/** HTTP attempts made. */
		ATTEMPTS {
			@Override
			public String asString() {
				return "checkout.attempts";
			}
		},

		/** {@code Cko-Request-Id} of the last answer. */
		REQUEST_ID {
			@Override
			public String asString() {
				return "checkout.request_id";
			}
		}

	}

	/** Events recorded on a call observation. */
	public enum Events implements Observation.Event {

		/** The call is about to be retried. */
		RETRY {
			@Override
			public String getName() {
				return "retry";
			}

			@Override
			public String getContextualName() {
				return "retry";
			}
		}

	}

}
