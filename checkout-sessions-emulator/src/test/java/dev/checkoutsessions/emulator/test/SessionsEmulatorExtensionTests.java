package dev.checkoutsessions.emulator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.checkoutsessions.emulator.SessionsEmulator;

class SessionsEmulatorExtensionTests {

	@RegisterExtension
	static SessionsEmulatorExtension checkout = new SessionsEmulatorExtension();

	@Test
	void injectsTheRunningEmulatorAsAParameter(SessionsEmulator emulator) throws Exception {
		assertThat(emulator).isSameAs(checkout.emulator());

		HttpResponse<String> reply = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(emulator.tokenUrl()))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
						+ encode(emulator.clientId()) + "&client_secret=" + encode(emulator.clientSecret())))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(reply.statusCode()).isEqualTo(200);
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void keepsOneEmulatorForTheWholeClass(SessionsEmulator emulator) {
		assertThat(emulator.baseUrl()).isEqualTo(checkout.emulator().baseUrl());
	}

}
