package dev.checkoutsessions.web.browser;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The browser kit ({@code checkout.browser.*}): the script
 * {@code /checkout-sessions/3ds.js} and the 3DS Method and challenge notification pages.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("checkout.browser")
public class BrowserProperties {

	/**
	 * Whether to serve /checkout-sessions/3ds.js and the 3DS Method notification page.
	 */
	private boolean enabled;

	/**
	 * Path of the page the issuer's 3DS Method posts to when it has finished
	 * (threeDSMethodNotificationURL).
	 */
	private String methodNotificationPath = "/checkout-sessions/3ds-method/notification";

	/**
	 * Path of the page the ACS posts the challenge result (CRes) to: use it as the
	 * challenge_notification_url.
	 */
	private String challengeNotificationPath = "/checkout-sessions/3ds-challenge/notification";

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getChallengeNotificationPath() {
		return this.challengeNotificationPath;
	}

	public void setChallengeNotificationPath(String challengeNotificationPath) {
		this.challengeNotificationPath = challengeNotificationPath;
	}

	public String getMethodNotificationPath() {
		return this.methodNotificationPath;
	}

	public void setMethodNotificationPath(String methodNotificationPath) {
		this.methodNotificationPath = methodNotificationPath;
	}

}
