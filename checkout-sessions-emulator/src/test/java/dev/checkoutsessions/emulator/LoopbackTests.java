package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

/**
 * Only URLs that name this machine literally are called; nothing is resolved to find out.
 */
class LoopbackTests {

	@Test
	void loopbackNamesAndAddressesAreCalled() {
		for (String url : new String[] { "http://localhost:8080/cb", "http://LOCALHOST/cb", "http://127.0.0.1:1/cb",
				"https://127.5.6.7/cb", "http://[::1]:8080/cb" }) {
			assertThat(Loopback.isLoopback(URI.create(url))).as(url).isTrue();
		}
	}

	@Test
	void everythingElseIsOnlyRecorded() {
		for (String url : new String[] { "https://shop.example/cb", "http://shop.localhost/cb", "http://10.0.0.1/cb",
				"http://127.0.0.1.shop.example/cb", "ftp://localhost/cb", "http://0.0.0.0/cb", "/relative" }) {
			assertThat(Loopback.isLoopback(URI.create(url))).as(url).isFalse();
		}
	}

}
