package dev.checkoutsessions.client;

/**
 * A client setting is missing or invalid. {@link #getParameter()} names the builder
 * parameter (the Spring Boot starter maps it to the {@code checkout.*} property) and the
 * message says how to fix it.
 *
 * @since 0.1.0
 */
public class CheckoutConfigurationException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/** Name of the offending builder parameter. */
	private final String parameter;

	/**
	 * Creates an exception for an invalid client setting.
	 * @param parameter the builder parameter at fault, such as {@code subdomain}
	 * @param message what is wrong and how to fix it; must not echo a secret
	 */
	public CheckoutConfigurationException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	/**
	 * Name of the offending builder parameter, e.g. {@code subdomain} or
	 * {@code clientSecret}.
	 * @return the parameter name
	 */
	public String getParameter() {
		return this.parameter;
	}

}
