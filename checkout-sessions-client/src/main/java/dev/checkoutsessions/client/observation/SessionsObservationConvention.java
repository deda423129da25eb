package dev.checkoutsessions.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Convention for {@code checkout.sessions.client} observations. Implement it (or extend
 * {@link DefaultSessionsObservationConvention}) to rename the observation or add key
 * values; the Spring Boot starter picks up a bean of this type.
 *
 * @since 0.1.0
 */
public interface SessionsObservationConvention extends ObservationConvention<SessionsObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof SessionsObservationContext;
	}

}
