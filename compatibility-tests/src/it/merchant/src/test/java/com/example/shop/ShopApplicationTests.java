package com.example.shop;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

import dev.checkoutsessions.autoconfigure.health.CheckoutHealthIndicator;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.SessionStatus;
import dev.checkoutsessions.emulator.Endpoint;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merchant application starts on this leg's Spring Boot and JDK, runs a 3-D Secure session against the
 * emulator through the auto-configured client, and Actuator reports the client healthy.
 */
@SpringBootTest
@AutoConfigureSessionsEmulator
class ShopApplicationTests {

	@Autowired
	private CardAuthentication authentication;

	@Autowired
	private SessionsEmulator emulator;

	@Autowired
	private CheckoutHealthIndicator health;

	@Test
	void runsOnThisLegsSpringBootAndJdk() {
		assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("expected.spring-boot.version"));
		assertThat(Runtime.version().feature())
			.isEqualTo(Integer.parseInt(System.getProperty("expected.java.feature")));
	}

	@Test
	void frictionlessCardIsApprovedThroughTheAutoConfiguredClient() {
		GetSessionResponse session = this.authentication.authenticate("4485040371536584", 100L);
		assertThat(session.getStatus()).isEqualTo(SessionStatus.APPROVED);
		assertThat(this.emulator.session(session.getId())).isPresent();
		assertThat(this.emulator.requestCount(Endpoint.GET_SESSION)).isPositive();
	}

	@Test
	void healthReportsTheClientUp() {
		Health result = this.health.health(true);
		assertThat(result.getStatus()).isEqualTo(Status.UP);
		assertThat(result.getDetails()).containsEntry("tokenStatus", "VALID");
	}

}
