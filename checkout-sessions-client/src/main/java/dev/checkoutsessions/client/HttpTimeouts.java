package dev.checkoutsessions.client;

import java.time.Duration;

/**
 * Timeouts of the client's HTTP connections. Immutable: start from {@link #defaults()}
 * and change what you need with the {@code with…} methods, each of which validates its
 * value.
 *
 * @param connectTimeout time to establish a connection; applies to the request factory
 * the client builds itself (a factory passed to
 * {@link SessionsClientBuilder#requestFactory} has its own)
 * @param readTimeout time to wait for data; also bounds how long a response body may take
 * to arrive once its headers did, whatever the request factory
 * @since 0.1.0
 */
public record HttpTimeouts(Duration connectTimeout, Duration readTimeout) {

	private static final HttpTimeouts DEFAULTS = new HttpTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));

	/**
	 * Validates both timeouts.
	 * @param connectTimeout time to establish a connection, positive
	 * @param readTimeout time to wait for data, positive
	 * @throws CheckoutConfigurationException naming {@code connectTimeout} or
	 * {@code readTimeout}
	 */
	public HttpTimeouts {
		positive(connectTimeout, "connectTimeout");
		positive(readTimeout, "readTimeout");
	}

	/**
	 * Defaults: 5 s to connect, 30 s to read.
	 * @return the default timeouts
	 */
	public static HttpTimeouts defaults() {
		return DEFAULTS;
	}

	/**
	 * These timeouts with another connect timeout.
	 * @param connectTimeout a positive duration
	 * @return new timeouts
	 */
	public HttpTimeouts withConnectTimeout(Duration connectTimeout) {
		return new HttpTimeouts(connectTimeout, this.readTimeout);
	}

	/**
	 * These timeouts with another read timeout.
	 * @param readTimeout a positive duration
	 * @return new timeouts
	 */
	public HttpTimeouts withReadTimeout(Duration readTimeout) {
		return new HttpTimeouts(this.connectTimeout, readTimeout);
	}

	private static void positive(Duration value, String name) {
		if (value == null) {
			throw new CheckoutConfigurationException(name, name + " must not be null");
		}
		if (value.isNegative() || value.isZero()) {
			throw new CheckoutConfigurationException(name, name + " must be a positive duration, was " + value
					+ " (a client without timeouts can hang a checkout forever)");
		}
	}

}
