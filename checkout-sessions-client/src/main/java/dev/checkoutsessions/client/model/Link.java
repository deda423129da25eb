package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * A hypermedia link of {@code _links}. Treat {@code href} as an opaque absolute URL.
 *
 * @since 0.1.0
 */
public final class Link extends ExtensibleModel {

	@JsonProperty("href")
	private @Nullable String href;

	@JsonProperty("title")
	private @Nullable String title;

	private Link() {
	}

	/**
	 * {@return the absolute URL of the link; use it as given, do not rebuild it} API
	 * field {@code href}.
	 */
	public @Nullable String getHref() {
		return href;
	}

	/**
	 * {@return the link's title} API field {@code title}; rarely sent.
	 */
	public @Nullable String getTitle() {
		return title;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("Link").add("href", href)
			.add("title", title)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
