package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Generated ids use the alphabet of real ones ({@code sid_aurdb2b3yv6eniu7mbrl7nfopm}):
 * lowercase base32, a–z and 2–7, so a client validating the format the way the API
 * produces it accepts them.
 */
class IdsTests {

	private final Ids ids = new Ids();

	@Test
	void sessionIdsAreSidAnd26Base32Characters() {
		IntStream.range(0, 500).forEach((i) -> assertThat(ids.sessionId()).matches("sid_[a-z2-7]{26}"));
	}

	@Test
	void prefixedIdsAreThePrefixAnd26Base32Characters() {
		IntStream.range(0, 500).forEach((i) -> {
			assertThat(ids.prefixed("src")).matches("src_[a-z2-7]{26}");
			assertThat(ids.prefixed("pc")).matches("pc_[a-z2-7]{26}");
			assertThat(ids.prefixed("ack")).matches("ack_[a-z2-7]{26}");
		});
	}

}
