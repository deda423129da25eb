package dev.checkoutsessions.emulator.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import dev.checkoutsessions.emulator.Endpoint;
import dev.checkoutsessions.emulator.SessionsEmulator;

/**
 * Two tests in one cached context: the second sees neither the first one's counts nor its
 * unused faults.
 */
@SpringJUnitConfig(ResetBeforeEachTestTests.EmptyConfiguration.class)
@AutoConfigureSessionsEmulator
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResetBeforeEachTestTests {

	private static SessionsEmulator first;

	@Autowired
	SessionsEmulator emulator;

	@Test
	@Order(1)
	void aTestThatLeavesCountsAndAnArmedFault() throws Exception {
		first = emulator;
		java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(emulator.baseUrl() + "/sessions/sid_x"))
				.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		assertThat(emulator.requestCount(Endpoint.GET_SESSION)).isEqualTo(1);
		emulator.faults().next(5).on(Endpoint.CREATE_SESSION).respondWith503();
		assertThat(emulator.faults().armed()).isTrue();
	}

	@Test
	@Order(2)
	void theNextTestStartsFromZero() {
		assertThat(emulator).isSameAs(first);
		assertThat(emulator.requestCount(Endpoint.GET_SESSION)).isZero();
		assertThat(emulator.faults().armed()).isFalse();
	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfiguration {

	}

}
