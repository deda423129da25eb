package dev.checkoutsessions.client.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import dev.checkoutsessions.client.observation.SessionsObservationDocumentation.HighCardinalityKeys;
import dev.checkoutsessions.client.observation.SessionsObservationDocumentation.LowCardinalityKeys;

/**
 * Default {@link SessionsObservationConvention}: name {@code checkout.sessions.client},
 * low-cardinality keys {@code operation}, {@code authentication}, {@code outcome},
 * {@code status}, {@code error.type}.
 *
 * @since 0.1.0
 */
public class DefaultSessionsObservationConvention implements SessionsObservationConvention {

	/** Shared instance. */
	public static final DefaultSessionsObservationConvention INSTANCE = new DefaultSessionsObservationConvention();

	private static final String NAME = "checkout.sessions.client";

	private static final KeyValue STATUS_NONE = KeyValue.of(LowCardinalityKeys.STATUS, "NONE");

	private static final KeyValue ERROR_NONE = KeyValue.of(LowCardinalityKeys.ERROR_TYPE, "none");

	/**
	 * Creates the convention; extend it to add or change key values, or use
	 * {@link #INSTANCE}.
	 */
	public DefaultSessionsObservationConvention() {
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(SessionsObservationContext context) {
		return "checkout " + context.getOperation().tagValue();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(SessionsObservationContext context) {
		CallOutcome outcome = context.getOutcome();
		return KeyValues.of(KeyValue.of(LowCardinalityKeys.ACCOUNT, context.getAccount()),
				KeyValue.of(LowCardinalityKeys.OPERATION, context.getOperation().tagValue()),
				KeyValue.of(LowCardinalityKeys.AUTHENTICATION,
						context.getAuthentication().name().toLowerCase(java.util.Locale.ROOT)),
				KeyValue.of(LowCardinalityKeys.OUTCOME, (outcome != null) ? outcome.name() : "UNKNOWN"),
				(context.getStatusCode() > 0)
						? KeyValue.of(LowCardinalityKeys.STATUS, Integer.toString(context.getStatusCode()))
						: STATUS_NONE,
				(context.getError() != null)
						? KeyValue.of(LowCardinalityKeys.ERROR_TYPE, context.getError().getClass().getSimpleName())
						: ERROR_NONE);
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(SessionsObservationContext context) {
		KeyValues values = KeyValues
			.of(KeyValue.of(HighCardinalityKeys.ATTEMPTS, Integer.toString(context.getAttempts())));
		String requestId = context.getRequestId();
		return (requestId != null) ? values.and(KeyValue.of(HighCardinalityKeys.REQUEST_ID, requestId)) : values;
	}

}
