package dev.checkoutsessions.emulator.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.checkoutsessions.emulator.EmulatorAccount;
import dev.checkoutsessions.emulator.SessionsEmulator;

/**
 * The connection-details proxy answers {@code account(name)} with the details of the
 * emulator account serving that configured account. The starter's interface is not on
 * this module's test classpath, so an interface with the same method names stands in.
 */
class AccountConnectionDetailsTests {

	final SessionsEmulator emulator = SessionsEmulator.builder().account("eu").account("us").start();

	final StarterConnectionDetails details = (StarterConnectionDetails) EmulatorConnectionDetails.create(
			StarterConnectionDetails.class, emulator,
			orderedMap("eu", emulator.account("eu"), "us", emulator.account("us")));

	@AfterEach
	void stop() {
		emulator.close();
	}

	@Test
	void theTopLevelDetailsAreTheDefaultAccounts() {
		assertThat(details.getBaseUrl()).isEqualTo(emulator.baseUrl());
		assertThat(details.getTokenUrl()).isEqualTo(emulator.tokenUrl());
		assertThat(details.getClientId()).isEqualTo(emulator.clientId());
		assertThat(details.getClientSecret()).isEqualTo(emulator.clientSecret());
	}

	@Test
	void aConfiguredAccountsDetailsAreItsEmulatorAccounts() {
		for (String name : new String[] { "eu", "us" }) {
			EmulatorAccount account = emulator.account(name);

			StarterConnectionDetails accountDetails = details.account(name);

			assertThat(accountDetails).as(name).isNotNull();
			assertThat(accountDetails.getBaseUrl()).isEqualTo(emulator.baseUrl());
			assertThat(accountDetails.getTokenUrl()).isEqualTo(emulator.tokenUrl());
			assertThat(accountDetails.getClientId()).isEqualTo(account.clientId());
			assertThat(accountDetails.getClientSecret()).isEqualTo(account.clientSecret());
			assertThat(accountDetails.account(name)).as("an account has no accounts of its own").isNull();
		}
	}

	@Test
	void anAccountTheEmulatorDoesNotServeStopsTheContextRatherThanReachingCheckoutCom() {
		assertThatIllegalStateException().isThrownBy(() -> details.account("apac"))
			.withMessageContaining("account 'apac'")
			.withMessageContaining("[eu, us]")
			.withMessageContaining("would reach Checkout.com")
			.withMessageContaining("'checkout.accounts.apac.*'");
	}

	@Test
	void noDetailShowsASecret() {
		assertThat(details.toString()).doesNotContain(emulator.clientSecret());
		assertThat(details.account("eu").toString()).contains("eu")
			.doesNotContain(emulator.account("eu").clientSecret());
	}

	private static Map<String, EmulatorAccount> orderedMap(String first, EmulatorAccount firstAccount, String second,
			EmulatorAccount secondAccount) {
		Map<String, EmulatorAccount> accounts = new LinkedHashMap<>();
		accounts.put(first, firstAccount);
		accounts.put(second, secondAccount);
		return accounts;
	}

	/** The method names of the starter's {@code CheckoutConnectionDetails}. */
	interface StarterConnectionDetails {

		@Nullable String getBaseUrl();

		@Nullable String getTokenUrl();

		@Nullable String getClientId();

		@Nullable String getClientSecret();

		default @Nullable StarterConnectionDetails account(String name) {
			return null;
		}

	}

}
