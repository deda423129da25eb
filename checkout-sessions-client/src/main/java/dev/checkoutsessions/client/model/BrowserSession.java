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

	/**
	 * {@return a new builder with no field set} The API requires {@code accept_header},
	 * {@code java_enabled}, {@code language}, {@code color_depth}, {@code screen_height},
	 * {@code screen_width}, {@code timezone}, {@code user_agent} and {@code ip_address}.
	 * {@code javascript_enabled} is required for 3DS 2.2.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link BrowserSession}: one method per API field, each returning this
	 * builder.
	 */
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

		/**
		 * Sets {@code three_ds_method_completion}; see
		 * {@link BrowserSession#getThreeDsMethodCompletion()}.
		 * @param threeDsMethodCompletion the value, or {@code null} to leave the field
		 * out
		 * @return this builder
		 */
		public Builder threeDsMethodCompletion(@Nullable ThreeDsMethodCompletion threeDsMethodCompletion) {
			this.threeDsMethodCompletion = threeDsMethodCompletion;
			return this;
		}

		/**
		 * Sets {@code accept_header}; see {@link BrowserSession#getAcceptHeader()}.
		 * @param acceptHeader the header value; required
		 * @return this builder
		 */
		public Builder acceptHeader(@Nullable String acceptHeader) {
			this.acceptHeader = acceptHeader;
			return this;
		}

		/**
		 * Sets {@code java_enabled}; see {@link BrowserSession#getJavaEnabled()}.
		 * @param javaEnabled whether Java is enabled; required
		 * @return this builder
		 */
		public Builder javaEnabled(@Nullable Boolean javaEnabled) {
			this.javaEnabled = javaEnabled;
			return this;
		}

		/**
		 * Sets {@code javascript_enabled}; see
		 * {@link BrowserSession#getJavascriptEnabled()}.
		 * @param javascriptEnabled the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder javascriptEnabled(@Nullable Boolean javascriptEnabled) {
			this.javascriptEnabled = javascriptEnabled;
			return this;
		}

		/**
		 * Sets {@code language}; see {@link BrowserSession#getLanguage()}.
		 * @param language the BCP 47 tag; required
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		/**
		 * Sets {@code color_depth}; see {@link BrowserSession#getColorDepth()}.
		 * @param colorDepth a string such as {@code "24"}; required
		 * @return this builder
		 */
		public Builder colorDepth(@Nullable String colorDepth) {
			this.colorDepth = colorDepth;
			return this;
		}

		/**
		 * Sets {@code screen_height}; see {@link BrowserSession#getScreenHeight()}.
		 * @param screenHeight pixels as a string; required
		 * @return this builder
		 */
		public Builder screenHeight(@Nullable String screenHeight) {
			this.screenHeight = screenHeight;
			return this;
		}

		/**
		 * Sets {@code screen_width}; see {@link BrowserSession#getScreenWidth()}.
		 * @param screenWidth pixels as a string; required
		 * @return this builder
		 */
		public Builder screenWidth(@Nullable String screenWidth) {
			this.screenWidth = screenWidth;
			return this;
		}

		/**
		 * Sets {@code timezone}; see {@link BrowserSession#getTimezone()}.
		 * @param timezone minutes as a string; required
		 * @return this builder
		 */
		public Builder timezone(@Nullable String timezone) {
			this.timezone = timezone;
			return this;
		}

		/**
		 * Sets {@code user_agent}; see {@link BrowserSession#getUserAgent()}.
		 * @param userAgent the header value; required
		 * @return this builder
		 */
		public Builder userAgent(@Nullable String userAgent) {
			this.userAgent = userAgent;
			return this;
		}

		/**
		 * Sets {@code ip_address}; see {@link BrowserSession#getIpAddress()}.
		 * @param ipAddress the address; required
		 * @return this builder
		 */
		public Builder ipAddress(@Nullable String ipAddress) {
			this.ipAddress = ipAddress;
			return this;
		}

		/**
		 * Sets {@code iframe_payment_allowed}; see
		 * {@link BrowserSession#getIframePaymentAllowed()}.
		 * @param iframePaymentAllowed the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder iframePaymentAllowed(@Nullable Boolean iframePaymentAllowed) {
			this.iframePaymentAllowed = iframePaymentAllowed;
			return this;
		}

		/**
		 * Sets {@code user_agent_client_hint}; see
		 * {@link BrowserSession#getUserAgentClientHint()}.
		 * @param userAgentClientHint the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder userAgentClientHint(@Nullable String userAgentClientHint) {
			this.userAgentClientHint = userAgentClientHint;
			return this;
		}

		/**
		 * {@return a new immutable {@link BrowserSession} with the values set so far}
		 * Nothing is checked here: the client checks the required fields before it sends
		 * the request and names each missing one.
		 */
		public BrowserSession build() {
			return new BrowserSession(this);
		}

	}

	/**
	 * {@return the outcome of the 3DS Method for this browser: {@code Y}, {@code N} or
	 * {@code U}} API field {@code three_ds_method_completion}; optional, default
	 * {@code U}.
	 */
	public @Nullable ThreeDsMethodCompletion getThreeDsMethodCompletion() {
		return threeDsMethodCompletion;
	}

	/**
	 * {@return the exact {@code Accept} header the cardholder's browser sent} API field
	 * {@code accept_header}; required for the browser channel, at most 2048 characters;
	 * read it from the HTTP request.
	 */
	public @Nullable String getAcceptHeader() {
		return acceptHeader;
	}

	/**
	 * {@return whether the browser can run Java ({@code navigator.javaEnabled()})} API
	 * field {@code java_enabled}; required for the browser channel.
	 */
	public @Nullable Boolean getJavaEnabled() {
		return javaEnabled;
	}

	/**
	 * {@return whether the browser runs JavaScript} API field {@code javascript_enabled};
	 * required for 3DS 2.2, ignored by 2.1 and earlier; default {@code true}.
	 */
	public @Nullable Boolean getJavascriptEnabled() {
		return javascriptEnabled;
	}

	/**
	 * {@return the browser language as a BCP 47 tag ({@code navigator.language}), such as
	 * {@code en-GB}} API field {@code language}; required for the browser channel, 1 to
	 * 12 characters.
	 */
	public @Nullable String getLanguage() {
		return language;
	}

	/**
	 * {@return the screen colour depth in bits per pixel ({@code screen.colorDepth}), as
	 * a string such as {@code "24"}} API field {@code color_depth}; required for the
	 * browser channel, 1 to 2 characters.
	 */
	public @Nullable String getColorDepth() {
		return colorDepth;
	}

	/**
	 * {@return the screen height in pixels ({@code screen.height}), as a string} API
	 * field {@code screen_height}; required for the browser channel, 1 to 6 characters.
	 */
	public @Nullable String getScreenHeight() {
		return screenHeight;
	}

	/**
	 * {@return the screen width in pixels ({@code screen.width}), as a string} API field
	 * {@code screen_width}; required for the browser channel, 1 to 6 characters.
	 */
	public @Nullable String getScreenWidth() {
		return screenWidth;
	}

	/**
	 * {@return the difference UTC minus local time in minutes
	 * ({@code new Date().getTimezoneOffset()}), as a string: {@code "-60"} for UTC+1} API
	 * field {@code timezone}; required for the browser channel, 1 to 5 characters.
	 */
	public @Nullable String getTimezone() {
		return timezone;
	}

	/**
	 * {@return the exact {@code User-Agent} header of the cardholder's browser} API field
	 * {@code user_agent}; required for the browser channel, at most 2048 characters.
	 */
	public @Nullable String getUserAgent() {
		return userAgent;
	}

	/**
	 * {@return the cardholder's IP address, IPv4 or IPv6} API field {@code ip_address};
	 * required for the browser channel, at most 45 characters; take it from the HTTP
	 * request (mind proxies).
	 */
	public @Nullable String getIpAddress() {
		return ipAddress;
	}

	/**
	 * {@return whether the page allows payment in an iframe} API field
	 * {@code iframe_payment_allowed}; optional; used for Google Secure Payment
	 * Authentication in hosted sessions.
	 */
	public @Nullable Boolean getIframePaymentAllowed() {
		return iframePaymentAllowed;
	}

	/**
	 * {@return the raw {@code Sec-CH-UA} client-hint header} API field
	 * {@code user_agent_client_hint}; optional.
	 */
	public @Nullable String getUserAgentClientHint() {
		return userAgentClientHint;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("BrowserSession").add("threeDsMethodCompletion", threeDsMethodCompletion)
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
