package dev.checkoutsessions.client.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import dev.checkoutsessions.client.observation.SessionsObservationDocumentation.LowCardinalityKeys;

/**
 * Default {@link OAuthTokenObservationConvention}: name {@code checkout.oauth.token},
 * keys {@code outcome}, {@code status} and {@code error.type}.
 *
 * @since 0.1.0
 */
public class DefaultOAuthTokenObservationConvention implements OAuthTokenObservationConvention {

	/** Shared instance. */
	public static final DefaultOAuthTokenObservationConvention INSTANCE = new DefaultOAuthTokenObservationConvention();

	/**
	 * Creates the convention; extend it to add or change key values, or use
	 * {@link #INSTANCE}.
	 */
	public DefaultOAuthTokenObservationConvention() {
	}

	@Override
	public String getName() {
		return "checkout.oauth.token";
	}

	@Override
	public String getContextualName(OAuthTokenObservationContext context) {
		return "checkout oauth token";
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(OAuthTokenObservationContext context) {
		CallOutcome outcome = context.getOutcome();
		return KeyValues.of(KeyValue.of(LowCardinalityKeys.ACCOUNT, context.getAccount()),
				KeyValue.of(LowCardinalityKeys.OUTCOME, (outcome != null) ? outcome.name() : "UNKNOWN"),
				KeyValue.of(LowCardinalityKeys.STATUS,
						(context.getStatusCode() > 0) ? Integer.toString(context.getStatusCode()) : "NONE"),
				KeyValue.of(LowCardinalityKeys.ERROR_TYPE,
						(context.getError() != null) ? context.getError().getClass().getSimpleName() : "none"));
	}

}
