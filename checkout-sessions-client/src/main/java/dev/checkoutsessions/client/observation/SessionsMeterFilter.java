package dev.checkoutsessions.client.observation;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import org.jspecify.annotations.Nullable;

/**
 * Makes the meters Micrometer derives from the client's observations what they should be.
 * Register it on the {@code MeterRegistry} before the first call (the Spring Boot starter
 * publishes it as a bean, which Boot applies to every registry):
 *
 * <ul>
 * <li>Micrometer's default handler turns every observation event into a counter; the
 * {@code retry} event would become {@code checkout.sessions.client.retry} with the tags
 * of a call that has not ended ({@code outcome=UNKNOWN}), beside the real
 * {@code checkout.sessions.client.retries} counter. It is denied; the event stays on
 * spans.</li>
 * <li>The handler adds an {@code error} tag to every timer; the observations already
 * carry {@code error.type} with the same value, so {@code error} is dropped.</li>
 * <li>The timers get a description, so {@code # HELP} lines say what they measure.</li>
 * </ul>
 *
 * Meters of other names pass unchanged.
 *
 * @since 0.1.0
 */
public class SessionsMeterFilter implements MeterFilter {

	private static final String CALL = "checkout.sessions.client";

	private static final String TOKEN = "checkout.oauth.token";

	private static final String EVENT_COUNTER = CALL + "." + SessionsObservationDocumentation.Events.RETRY.getName();

	/**
	 * Creates the filter; register it on a {@code MeterRegistry} before the first call.
	 */
	public SessionsMeterFilter() {
	}

	@Override
	public MeterFilterReply accept(Meter.Id id) {
		return id.getName().equals(EVENT_COUNTER) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
	}

	@Override
	public Meter.Id map(Meter.Id id) {
		String description = description(id.getName());
		if (description == null) {
			return id;
		}
		List<Tag> tags = new ArrayList<>();
		for (Tag tag : id.getTagsAsIterable()) {
			if (!tag.getKey().equals("error")) {
				tags.add(tag);
			}
		}
		return new Meter.Id(id.getName(), Tags.of(tags), id.getBaseUnit(),
				(id.getDescription() != null) ? id.getDescription() : description, id.getType());
	}

	private static @Nullable String description(String name) {
		return switch (name) {
			case CALL -> "Checkout.com Sessions calls, each with all its attempts and backoff";
			case CALL + ".active" -> "Checkout.com Sessions calls in progress";
			case TOKEN -> "Checkout.com OAuth token requests";
			case TOKEN + ".active" -> "Checkout.com OAuth token requests in progress";
			default -> null;
		};
	}

}
