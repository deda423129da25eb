package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.checkoutsessions.emulator.RawApi.Reply;
import dev.checkoutsessions.emulator.test.SessionsEmulatorExtension;

class FaultInjectionTests {

	static final String CARD = "4485040371536584";

	@RegisterExtension
	static final SessionsEmulatorExtension checkout = new SessionsEmulatorExtension(RawApi.emulatorBuilder());

	static SessionsEmulator emulator;

	static RawApi api;

	static String oauth;

	@BeforeAll
	static void connect(SessionsEmulator started) {
		emulator = started;
		api = new RawApi(started);
		oauth = api.bearer();
	}

	@BeforeEach
	void clean() {
		emulator.reset();
	}

	@Test
	void tooManyRequestsCarriesRetryAfterForTheNextNRequestsOnly() {
		emulator.faults().next(2).on(Endpoint.CREATE_SESSION).respondWith429(Duration.ofMillis(1500));

		Reply first = api.create(oauth, RawApi.nonHosted(CARD));
		Reply second = api.create(oauth, RawApi.nonHosted(CARD));
		Reply third = api.create(oauth, RawApi.nonHosted(CARD));

		assertThat(first.status()).isEqualTo(429);
		assertThat(first.header("Retry-After")).isEqualTo("2");
		assertThat(first.header("Cko-Request-Id")).isNotBlank();
		assertThat(second.status()).isEqualTo(429);
		assertThat(third.status()).isEqualTo(202);
		assertThat(emulator.sessions()).hasSize(1);
		assertThat(emulator.createRequestCount()).isEqualTo(3);
		assertThat(emulator.faults().armed()).isFalse();
	}

	@Test
	void serviceUnavailableHasTheApiErrorBody() {
		emulator.faults().next(1).respondWith503();

		Reply reply = api.create(oauth, RawApi.nonHosted(CARD));

		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.json().get("error_type").stringValue()).isEqualTo("service_not_available");
		assertThat(emulator.sessions()).isEmpty();
	}

	@Test
	void faultsWithoutEndpointLeaveTheTokenEndpointAlone() {
		emulator.faults().next(1).respondWithStatus(502);

		assertThat(api.token().status()).isEqualTo(200);
		assertThat(api.getSession(oauth, "sid_aaaaaaaaaaaaaaaaaaaaaaaaaa").status()).isEqualTo(502);
	}

	@Test
	void tokenEndpointCanBeFaultedExplicitly() {
		emulator.faults().next(1).on(Endpoint.TOKEN).respondWith503();

		assertThat(api.token().status()).isEqualTo(503);
		assertThat(api.token().status()).isEqualTo(200);
	}

	@Test
	void resetBeforeProcessingCreatesNothing() {
		emulator.faults().next(1).on(Endpoint.CREATE_SESSION).resetConnection();

		assertThatThrownBy(() -> api.create(oauth, RawApi.nonHosted(CARD))).isInstanceOf(UncheckedIOException.class);
		assertThat(emulator.sessions()).isEmpty();
		assertThat(emulator.createRequestCount()).isEqualTo(1);
	}

	@Test
	void resetAfterProcessingHasCreatedTheSessionAlready() {
		emulator.faults().next(1).on(Endpoint.CREATE_SESSION).resetAfterProcessing();

		assertThatThrownBy(() -> api.create(oauth, RawApi.nonHosted(CARD))).isInstanceOf(UncheckedIOException.class);
		assertThat(emulator.sessions()).hasSize(1);
	}

	@Test
	void delayLetsAClientTimeOutAfterTheSessionWasCreated() {
		emulator.faults().next(1).on(Endpoint.CREATE_SESSION).delay(Duration.ofSeconds(2));
		HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/sessions"))
			.timeout(Duration.ofMillis(300))
			.header("Authorization", oauth)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(RawApi.nonHosted(CARD).toString()))
			.build();

		assertThatThrownBy(() -> api.http.send(request, HttpResponse.BodyHandlers.ofString()))
			.isInstanceOf(HttpTimeoutException.class);
		assertThat(emulator.sessions()).hasSize(1);
	}

	@Test
	void randomFaultsHitAboutTheirShareReproduciblyUntilCleared() throws IOException {
		emulator.faults().randomly(0.5, 7L).on(Endpoint.GET_SESSION).respondWith503();
		String id = api.create(oauth, RawApi.nonHosted(CARD)).text("id");

		int failures = 0;
		for (int i = 0; i < 200; i++) {
			if (api.getSession(oauth, id).status() == 503) {
				failures++;
			}
		}
		emulator.faults().clear();

		assertThat(failures).isBetween(70, 130);
		assertThat(api.getSession(oauth, id).status()).isEqualTo(200);
	}

}
