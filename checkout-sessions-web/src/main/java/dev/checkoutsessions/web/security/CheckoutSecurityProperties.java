package dev.checkoutsessions.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Spring Security for the receivers ({@code checkout.security.*}).
 *
 * @since 0.1.0
 */
@ConfigurationProperties("checkout.security")
public class CheckoutSecurityProperties {

	/**
	 * Whether to permit the enabled receivers' paths in a filter chain of their own (no
	 * authentication, no CSRF token, no session), ahead of the application's chains.
	 */
	private boolean permitReceivers;

	public boolean isPermitReceivers() {
		return this.permitReceivers;
	}

	public void setPermitReceivers(boolean permitReceivers) {
		this.permitReceivers = permitReceivers;
	}

}
