package dev.checkoutsessions.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Clients on one {@link CheckoutTransport}: a client owns nothing of it, so closing one
 * leaves the others (and itself) able to call, and closing the transport ends them all.
 */
class CheckoutTransportTests {

	private LoopbackCheckout checkout;

	@BeforeEach
	void start() throws Exception {
		this.checkout = new LoopbackCheckout(2);
	}

	@AfterEach
	void stop() {
		this.checkout.close();
	}

	private SessionsClient client(CheckoutTransport transport, String account) {
		return SessionsClient.builder()
			.transport(transport)
			.account(account)
			.baseUrl(this.checkout.baseUrl())
			.tokenUrl(this.checkout.tokenUrl())
			.clientCredentials("ack_" + account, "secret-of-" + account)
			.retry(ClientSettings.Retry.disabled())
			.build();
	}

	@Test
	void closingOneClientLeavesTheOtherWorkingAndClosingTheTransportEndsBoth() {
		CheckoutTransport transport = CheckoutTransport.create(ClientSettings.defaults());
		SessionsClient eu = client(transport, "eu");
		SessionsClient us = client(transport, "us");
		eu.getSessionDetails("sid_eu1");

		eu.close();

		assertThat(us.getSessionDetails("sid_us1").getId()).isNotNull();
		assertThat(eu.getSessionDetails("sid_eu2").getId()).as("a client on a transport owns nothing").isNotNull();
		assertThat(this.checkout.authorizationBySession()).containsEntry("sid_us1", "Bearer token-of-ack_us")
			.containsEntry("sid_eu2", "Bearer token-of-ack_eu");

		transport.close();

		assertThat(catchThrowable(() -> us.getSessionDetails("sid_us2"))).isNotNull();
		assertThat(catchThrowable(() -> eu.getSessionDetails("sid_eu3"))).isNotNull();
		assertThat(this.checkout.asked("sid_us2")).isFalse();
	}

}
