package dev.checkoutsessions.web;

import java.beans.PropertyDescriptor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.ClassUtils;

import dev.checkoutsessions.autoconfigure.CheckoutProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receivers see the accounts the starter binds, environment variables included, and
 * the shape they bind them onto is the starter's, in this module and in the emulator's
 * test support alike.
 */
class AccountNamesTests {

	@Test
	void anAccountSetOnlyThroughEnvironmentVariablesIsConfigured() {
		StandardEnvironment environment = environment(Map.of("checkout.accounts.us.oauth.client-id", "ack_us"),
				Map.of("CHECKOUT_ACCOUNTS_EU_WEBHOOKS_SIGNATURE_KEYS", "eu-key"));

		assertThat(AccountNames.configured(environment)).containsExactly("us", "eu");
	}

	@Test
	void aVariableCompletingADashedAccountAddsNoAccountOfItsFirstWord() {
		StandardEnvironment environment = environment(Map.of("checkout.accounts.brand-us.oauth.client-id", "ack_b"),
				Map.of("CHECKOUT_ACCOUNTS_BRAND_US_WEBHOOKS_SIGNATURE_KEYS", "brand-key"));

		assertThat(AccountNames.configured(environment)).containsExactly("brand-us");
	}

	@Test
	void theShapeIsTheStartersAccountHereAndInTheEmulator() throws Exception {
		Set<String> starter = properties(CheckoutProperties.Account.class);
		assertThat(starter).contains("oauth", "webhooks");
		assertThat(properties(AccountNames.AccountShape.class)).isEqualTo(starter);
		assertThat(properties(ClassUtils.forName("dev.checkoutsessions.emulator.test.BoundAccountNames$AccountShape",
				getClass().getClassLoader())))
			.isEqualTo(starter);
	}

	private static Set<String> properties(Class<?> type) {
		return Arrays.stream(BeanUtils.getPropertyDescriptors(type))
			.map(PropertyDescriptor::getName)
			.filter((name) -> !"class".equals(name))
			.collect(Collectors.toSet());
	}

	/**
	 * Properties as application.yml gives them, and variables as the process has them.
	 */
	private static StandardEnvironment environment(Map<String, Object> yml, Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("application.yml", new LinkedHashMap<>(yml)));
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		return environment;
	}

}
