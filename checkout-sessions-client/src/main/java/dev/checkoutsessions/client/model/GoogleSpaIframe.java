package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Size of the Google SPA iframe.
 *
 * @since 0.1.0
 */
public final class GoogleSpaIframe extends ExtensibleModel {

	@JsonProperty("height")
	private @Nullable String height;

	@JsonProperty("width")
	private @Nullable String width;

	private GoogleSpaIframe() {
	}

	/**
	 * {@return the iframe height, as sent by the API} API field {@code height}.
	 */
	public @Nullable String getHeight() {
		return height;
	}

	/**
	 * {@return the iframe width, as sent by the API} API field {@code width}.
	 */
	public @Nullable String getWidth() {
		return width;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("GoogleSpaIframe").add("height", height)
			.add("width", width)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
