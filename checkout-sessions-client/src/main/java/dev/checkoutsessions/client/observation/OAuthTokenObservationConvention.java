package dev.checkoutsessions.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Convention for {@code checkout.oauth.token} observations.
 *
 * @since 0.1.0
 */
public interface OAuthTokenObservationConvention extends ObservationConvention<OAuthTokenObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof OAuthTokenObservationContext;
	}

}
