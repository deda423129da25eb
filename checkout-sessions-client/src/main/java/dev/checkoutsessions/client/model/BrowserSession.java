package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Browser channel data. Screen size, colour depth and time zone are strings on the wire.
 *
 * @since 0.1.0
 */
public final class BrowserSession extends ChannelData {

	@JsonProperty("three_ds_method_completion")
	private @Nullable ThreeDsMethodCompletion threeDsMethodCompletion;

	@JsonProperty("accept_header")
	private @Nullable String acceptHeader;

	@JsonProperty("java_enabled")
	private @Nullable Boolean javaEnabled;

	@JsonProperty("javascript_enabled")
	private @Nullable Boolean javascriptEnabled;

	@JsonProperty("language")
	private @Nullable String language;

	@JsonProperty("color_depth")
	private @Nullable String colorDepth;

	@JsonProperty("screen_height")
	private @Nullable String screenHeight;

	@JsonProperty("screen_width")
	private @Nullable String screenWidth;

	@JsonProperty("timezone")
	private @Nullable String timezone;

	@JsonProperty("user_agent")
	private @Nullable String userAgent;

	@JsonProperty("ip_address")
	private @Nullable String ipAddress;

	@JsonProperty("iframe_payment_allowed")
	private @Nullable Boolean iframePaymentAllowed;

	@JsonProperty("user_agent_client_hint")
	private @Nullable String userAgentClientHint;

	private BrowserSession() {
		super(ChannelType.BROWSER);
	}

	private BrowserSession(Builder builder) {
		super(ChannelType.BROWSER);
		this.threeDsMethodCompletion = builder.threeDsMethodCompletion;
		this.acceptHeader = builder.acceptHeader;
		this.javaEnabled = builder.javaEnabled;
		this.javascriptEnabled = builder.javascriptEnabled;
		this.language = builder.language;
		this.colorDepth = builder.colorDepth;
		this.screenHeight = builder.screenHeight;
		this.screenWidth = builder.screenWidth;
		this.timezone = builder.timezone;
		this.userAgent = builder.userAgent;
		this.ipAddress = builder.ipAddress;
		this.iframePaymentAllowed = builder.iframePaymentAllowed;
		this.userAgentClientHint = builder.userAgentClientHint;
	}

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable ThreeDsMethodCompletion threeDsMethodCompletion;
		private @Nullable String acceptHeader;
		private @Nullable Boolean javaEnabled;
		private @Nullable Boolean javascriptEnabled;
		private @Nullable String language;
		private @Nullable String colorDepth;
		private @Nullable String screenHeight;
		private @Nullable String screenWidth;
		private @Nullable String timezone;
		private @Nullable String userAgent;
		private @Nullable String ipAddress;
		private @Nullable Boolean iframePaymentAllowed;
		private @Nullable String userAgentClientHint;

		private Builder() {
		}

		public Builder threeDsMethodCompletion(@Nullable ThreeDsMethodCompletion threeDsMethodCompletion) {
			this.threeDsMethodCompletion = threeDsMethodCompletion;
			return this;
		}

		public Builder acceptHeader(@Nullable String acceptHeader) {
			this.acceptHeader = acceptHeader;
			return this;
		}

		public Builder javaEnabled(@Nullable Boolean javaEnabled) {
			this.javaEnabled = javaEnabled;
			return this;
		}

		public Builder javascriptEnabled(@Nullable Boolean javascriptEnabled) {
			this.javascriptEnabled = javascriptEnabled;
			return this;
		}

		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		public Builder colorDepth(@Nullable String colorDepth) {
			this.colorDepth = colorDepth;
			return this;
		}

		public Builder screenHeight(@Nullable String screenHeight) {
			this.screenHeight = screenHeight;
			return this;
		}

		public Builder screenWidth(@Nullable String screenWidth) {
			this.screenWidth = screenWidth;
			return this;
		}

		public Builder timezone(@Nullable String timezone) {
			this.timezone = timezone;
			return this;
		}

		public Builder userAgent(@Nullable String userAgent) {
			this.userAgent = userAgent;
			return this;
		}

		public Builder ipAddress(@Nullable String ipAddress) {
			this.ipAddress = ipAddress;
			return this;
		}

		public Builder iframePaymentAllowed(@Nullable Boolean iframePaymentAllowed) {
			this.iframePaymentAllowed = iframePaymentAllowed;
			return this;
		}

		public Builder userAgentClientHint(@Nullable String userAgentClientHint) {
			this.userAgentClientHint = userAgentClientHint;
			return this;
		}

		public BrowserSession build() {
			return new BrowserSession(this);
		}
	}

	public @Nullable ThreeDsMethodCompletion getThreeDsMethodCompletion() {
		return threeDsMethodCompletion;
	}

	public @Nullable String getAcceptHeader() {
		return acceptHeader;
	}

	public @Nullable Boolean getJavaEnabled() {
		return javaEnabled;
	}

	public @Nullable Boolean getJavascriptEnabled() {
		return javascriptEnabled;
	}

	public @Nullable String getLanguage() {
		return language;
	}

	public @Nullable String getColorDepth() {
		return colorDepth;
	}

	public @Nullable String getScreenHeight() {
		return screenHeight;
	}

	public @Nullable String getScreenWidth() {
		return screenWidth;
	}

	/** Minutes between UTC and local time, e.g. {@code "60"}. */
	public @Nullable String getTimezone() {
		return timezone;
	}

	public @Nullable String getUserAgent() {
		return userAgent;
	}

	public @Nullable String getIpAddress() {
		return ipAddress;
	}

	public @Nullable Boolean getIframePaymentAllowed() {
		return iframePaymentAllowed;
	}

	public @Nullable String getUserAgentClientHint() {
		return userAgentClientHint;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("BrowserSession")
				.add("threeDsMethodCompletion", threeDsMethodCompletion)
				.add("acceptHeader", acceptHeader)
				.add("javaEnabled", javaEnabled)
				.add("javascriptEnabled", javascriptEnabled)
				.add("language", language)
				.add("colorDepth", colorDepth)
				.add("screenHeight", screenHeight)
				.add("screenWidth", screenWidth)
				.add("timezone", timezone)
				.add("ipAddress", Redact.hidden(ipAddress))
				.add("iframePaymentAllowed", iframePaymentAllowed)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
