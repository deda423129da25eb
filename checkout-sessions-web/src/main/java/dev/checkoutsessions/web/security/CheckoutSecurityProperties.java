package dev.checkoutsessions.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Spring Security for the receivers ({@code checkout.security.*}).
 *
 * @since 0.1.0
 */
@ConfigurationProperties("checkout.security")
public class CheckoutSecurityProperties {

	/** Whether to permit the enabled receivers' paths in a chain of their own. */
	private boolean permitReceivers;

	public boolean isPermitReceivers() {
		return this.permitReceivers;
	}

	public void setPermitReceivers(boolean permitReceivers) {
		this.permitReceivers = permitReceivers;
	}

}
