package dev.checkoutsessions.web.browser;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The browser channel data only script can read ({@code navigator}, {@code screen}, the
 * timezone offset) and the 3DS Method's outcome, as {@code /checkout-sessions/3ds.js}
 * posts them (the API's wire names). The rest of the channel data ({@code ip_address},
 * {@code accept_header}, {@code user_agent}) comes from the HTTP request, which script
 * cannot set: see {@link BrowserSessions#from}.
 *
 * @param javaEnabled {@code navigator.javaEnabled()}
 * @param javascriptEnabled always true when script sent it; defaults to true
 * @param language {@code navigator.language} (BCP 47, 1–12 characters)
 * @param colorDepth {@code screen.colorDepth} (1–2 digits)
 * @param screenHeight {@code screen.height} (1–6 digits)
 * @param screenWidth {@code screen.width} (1–6 digits)
 * @param timezone {@code new Date().getTimezoneOffset()}: minutes UTC minus local (1–5
 * characters)
 * @param threeDsMethodCompletion {@code Y} (the 3DS Method notified), {@code N} or
 * {@code U} (not run or no answer within 10 s); defaults to {@code U}
 * @since 0.1.0
 */
public record BrowserFields(@JsonProperty("java_enabled") @Nullable Boolean javaEnabled,
		@JsonProperty("javascript_enabled") @Nullable Boolean javascriptEnabled,
		@JsonProperty("language") @Nullable String language, @JsonProperty("color_depth") @Nullable String colorDepth,
		@JsonProperty("screen_height") @Nullable String screenHeight,
		@JsonProperty("screen_width") @Nullable String screenWidth, @JsonProperty("timezone") @Nullable String timezone,
		@JsonProperty("three_ds_method_completion") @Nullable String threeDsMethodCompletion) {

}
