package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page of another site that rebinds its name to this machine (DNS rebinding) cannot use
 * the emulator, and WireMock's admin API (shutdown, settings, mappings) is not there at
 * all. Raw sockets, because the JDK's client will not send a foreign {@code Host}.
 */
class ServedOnlyToItsOwnAddressTests {

	private static SessionsEmulator emulator;

	@BeforeAll
	static void start() {
		emulator = SessionsEmulator.start();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void requestsNamingAnotherHostAreRefused403() {
		long before = emulator.requestCount(Endpoint.GET_SESSION);

		String reply = send("GET", "/sessions/sid_aaaaaaaaaaaaaaaaaaaaaaaaaa", "rebound.example:" + emulator.port());

		assertThat(statusOf(reply)).isEqualTo(403);
		assertThat(reply).contains("rebound.example").contains("--host");
		assertThat(emulator.requestCount(Endpoint.GET_SESSION)).isEqualTo(before);
	}

	@Test
	void requestsNamingTheEmulatorsOwnAddressesAreServed() {
		for (String host : new String[] { "127.0.0.1:" + emulator.port(), "localhost:" + emulator.port(), "LOCALHOST",
				"[::1]:" + emulator.port(), "localhost:9999" }) {
			String reply = send("GET", "/sessions/sid_aaaaaaaaaaaaaaaaaaaaaaaaaa", host);
			assertThat(statusOf(reply)).as(host).isEqualTo(401);
		}
	}

	@Test
	void theWireMockAdminApiIsNotReachable() {
		for (String[] request : new String[][] { { "GET", "/__admin/mappings" }, { "GET", "/__admin/settings" },
				{ "POST", "/__admin/mappings/reset" }, { "POST", "/__admin/shutdown" }, { "GET", "/__admin/" } }) {
			String reply = send(request[0], request[1], "127.0.0.1:" + emulator.port());
			assertThat(statusOf(reply)).as(request[1]).isEqualTo(404);
		}
		// Still running, and the catch-all stub the admin API could have removed is still
		// there.
		assertThat(statusOf(send("GET", "/sessions/sid_aaaaaaaaaaaaaaaaaaaaaaaaaa", "127.0.0.1"))).isEqualTo(401);
	}

	@Test
	void boundToANameItsBaseUrlUsesThatName() {
		try (SessionsEmulator byName = SessionsEmulator.builder().host("localhost").start()) {
			assertThat(byName.baseUrl()).isEqualTo("http://localhost:" + byName.port());
			assertThat(new RawApi(byName).token().status()).isEqualTo(200);
		}
	}

	@Test
	void boundToEveryInterfaceItsBaseUrlIsStillCallable() {
		try (SessionsEmulator everywhere = SessionsEmulator.builder().host("0.0.0.0").start()) {
			assertThat(everywhere.baseUrl()).isEqualTo("http://127.0.0.1:" + everywhere.port());
			assertThat(new RawApi(everywhere).token().status()).isEqualTo(200);
		}
	}

	private static int statusOf(String reply) {
		return Integer.parseInt(reply.substring(9, 12));
	}

	private static String send(String method, String path, String host) {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.port())) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host
					+ "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
