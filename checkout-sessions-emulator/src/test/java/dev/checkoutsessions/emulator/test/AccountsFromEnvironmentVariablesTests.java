package dev.checkoutsessions.emulator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The emulator serves the accounts the starter binds, wherever they are configured: an
 * account set only through environment variables (as the starter's messages suggest for
 * secrets) is served, not sent to Checkout.com, and a variable that only completes an
 * account of another source adds no account of its own.
 */
class AccountsFromEnvironmentVariablesTests {

	@Test
	void anAccountSetOnlyThroughEnvironmentVariablesIsServed() {
		StandardEnvironment environment = environment(Map.of("checkout.accounts.us.oauth.client-id", "ack_us"),
				Map.of("CHECKOUT_ACCOUNTS_EU_OAUTH_CLIENT_ID", "ack_eu", "CHECKOUT_ACCOUNTS_EU_OAUTH_CLIENT_SECRET",
						"eu-secret", "CHECKOUT_ACCOUNTS_EU_PROCESSING_CHANNEL_ID", "pc_euaccountchannel00000000000"));

		assertThat(ConfiguredAccounts.in(environment).names()).containsExactly("us", "eu");
	}

	@Test
	void aVariableCompletingADashedAccountOfApplicationYmlAddsNoAccount() {
		StandardEnvironment environment = environment(Map.of("checkout.accounts.brand-us.oauth.client-id", "ack_b"),
				Map.of("CHECKOUT_ACCOUNTS_BRAND_US_OAUTH_CLIENT_SECRET", "brand-secret"));

		assertThat(ConfiguredAccounts.in(environment).names()).containsExactly("brand-us");
	}

	@Test
	void accountsKeepTheirConfigurationOrder() {
		Map<String, Object> yml = new LinkedHashMap<>();
		for (String name : new String[] { "zeta", "alpha", "mu", "beta", "omega", "kappa" }) {
			yml.put("checkout.accounts." + name + ".oauth.client-id", "ack_" + name);
		}
		StandardEnvironment environment = environment(yml, Map.of());

		assertThat(ConfiguredAccounts.in(environment).names()).containsExactly("zeta", "alpha", "mu", "beta", "omega",
				"kappa");
	}

	/**
	 * Properties as application.yml gives them, and variables as the process has them.
	 */
	private static StandardEnvironment environment(Map<String, Object> yml, Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("application.yml", yml));
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		return environment;
	}

}
