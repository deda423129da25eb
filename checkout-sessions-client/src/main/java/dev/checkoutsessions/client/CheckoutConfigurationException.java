package dev.checkoutsessions.client;

/**
 * A client setting is missing or invalid. {@link #getParameter()} names the builder parameter (the
 * Spring Boot starter maps it to the {@code checkout.*} property) and the message says how to fix it.
 *
 * @since 0.1.0
 */
public class CheckoutConfigurationException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String parameter;

	public CheckoutConfigurationException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	/**
	 * Name of the offending builder parameter, e.g. {@code subdomain} or {@code clientSecret}.
	 * @return the parameter name
	 */
	public String getParameter() {
		return this.parameter;
	}

}
