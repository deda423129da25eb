package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Information about the environment the cardholder is in ({@code channel_data}, and the
 * body of {@code PUT /sessions/{id}/collect-data}), discriminated by {@code channel}.
 *
 * <p>
 * Each subtype fixes its own {@code channel} in every constructor. A missing
 * {@code channel} reads as a browser, as the API assumes.
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "channel",
		visible = true, defaultImpl = BrowserSession.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = BrowserSession.class, name = "browser"),
		@JsonSubTypes.Type(value = AppSession.class, name = "app"),
		@JsonSubTypes.Type(value = MerchantInitiatedSession.class, name = "merchant_initiated") })
public abstract class ChannelData extends ExtensibleModel {

	@JsonProperty("channel")
	private ChannelType channel;

	ChannelData(ChannelType channel) {
		this.channel = channel;
	}

	/**
	 * {@return the channel of this data: {@code browser}, {@code app} or
	 * {@code merchant_initiated}, fixed by the subclass} API field {@code channel};
	 * always written; a missing {@code channel} reads as {@code browser}.
	 */
	public ChannelType getChannel() {
		return channel;
	}

}
