package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

/**
 * The {@code Host} names the emulator answers: loopback always, plus the name it was
 * bound to ({@code --host emulator} in a compose file), or every address of the machine
 * when bound to all interfaces. Ports never count.
 */
class AllowedHostsTests {

	@Test
	void localhostAndAddressesByDefault() {
		AllowedHosts hosts = AllowedHosts.boundTo("127.0.0.1");

		assertThat(hosts.allows("localhost:8089")).isTrue();
		assertThat(hosts.allows("LocalHost")).isTrue();
		assertThat(hosts.allows("127.0.0.2")).isTrue();
		assertThat(hosts.allows("[::1]:8089")).isTrue();
		assertThat(hosts.allows("10.0.2.2:8089")).as("the Android emulator's name for its host").isTrue();
		assertThat(hosts.allows("localhost.rebound.example")).isFalse();
		assertThat(hosts.allows("127.0.0.1.rebound.example:8089")).isFalse();
		assertThat(hosts.allows("emulator:8089")).isFalse();
	}

	@Test
	void theNameItWasBoundTo() {
		AllowedHosts hosts = AllowedHosts.boundTo("Emulator");

		assertThat(hosts.allows("emulator:8089")).isTrue();
		assertThat(hosts.allows("EMULATOR")).isTrue();
		assertThat(hosts.allows("other:8089")).isFalse();
	}

	@Test
	void theMachinesNameWhenBoundToAllInterfaces() throws Exception {
		AllowedHosts hosts = AllowedHosts.boundTo("0.0.0.0");

		assertThat(hosts.allows(InetAddress.getLocalHost().getHostName() + ":8089")).isTrue();
		assertThat(hosts.allows("rebound.example:8089")).isFalse();
	}

	@Test
	void aRequestWithoutHostIsNoBrowsers() {
		assertThat(AllowedHosts.boundTo("127.0.0.1").allows(null)).isTrue();
	}

}
