package dev.checkoutsessions.web;

/**
 * A {@code checkout.callback.*} or {@code checkout.webhooks.*} setting that cannot work,
 * found at startup. The message says what is wrong;
 * {@link ReceiverConfigurationFailureAnalyzer} adds the property and how to fix it.
 */
public final class ReceiverConfigurationException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final String property;

	private final String action;

	public ReceiverConfigurationException(String property, String problem, String action) {
		super("'" + property + "' " + problem);
		this.property = property;
		this.action = action;
	}

	String getProperty() {
		return this.property;
	}

	String getAction() {
		return this.action;
	}

}
