package dev.checkoutsessions.autoconfigure.health;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.checkoutsessions.autoconfigure.SessionsClientAutoConfiguration;
import dev.checkoutsessions.client.SessionsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link CheckoutHealthContributorAutoConfiguration}.
 */
class CheckoutHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ImperativeHttpClientAutoConfiguration.class,
				RestClientAutoConfiguration.class, SessionsClientAutoConfiguration.class,
				CheckoutHealthContributorAutoConfiguration.class, HealthContributorAutoConfiguration.class))
		.withPropertyValues("checkout.oauth.client-id=ack_test", "checkout.oauth.client-secret=s3cr3t");

	@Test
	void registersTheCheckoutContributor() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(CheckoutHealthIndicator.class);
			assertThat(context).hasBean("checkoutHealthContributor");
		});
	}

	@Test
	void showsEachConfiguredAccountByName() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ImperativeHttpClientAutoConfiguration.class,
					RestClientAutoConfiguration.class, SessionsClientAutoConfiguration.class,
					CheckoutHealthContributorAutoConfiguration.class, HealthContributorAutoConfiguration.class))
			.withPropertyValues("checkout.accounts.eu.oauth.client-id=ack_eu",
					"checkout.accounts.eu.oauth.client-secret=eu-secret", "checkout.accounts.us.oauth.client-id=ack_us",
					"checkout.accounts.us.oauth.client-secret=us-secret")
			.run((context) -> {
				CompositeHealthContributor checkout = context.getBean("checkoutHealthContributor",
						CompositeHealthContributor.class);
				assertThat(checkout.stream().map(HealthContributors.Entry::name)).containsExactly("eu", "us");
				assertThat(checkout.getContributor("eu")).isInstanceOf(CheckoutHealthIndicator.class);
			});
	}

	@Test
	void leavesTheHealthGroupsAloneByDefault() {
		this.contextRunner.run((context) -> assertThat(context)
			.doesNotHaveBean(CheckoutReadinessHealthEndpointGroupsPostProcessor.class));
	}

	@Test
	void extendsTheReadinessGroupWhenAskedTo() {
		this.contextRunner.withPropertyValues("checkout.health.readiness=true")
			.run((context) -> assertThat(context)
				.hasSingleBean(CheckoutReadinessHealthEndpointGroupsPostProcessor.class));
	}

	@Test
	void disabledByProperty() {
		this.contextRunner.withPropertyValues("management.health.checkout.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CheckoutHealthIndicator.class)
				.hasSingleBean(SessionsClient.class));
	}

	@Test
	void disabledWithAllDefaultIndicators() {
		this.contextRunner.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CheckoutHealthIndicator.class));
	}

	@Test
	void absentWithoutSpringBootHealth() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).doesNotHaveBean("checkoutHealthContributor")
				.hasSingleBean(SessionsClient.class));
	}

	@Test
	void backsOffWhenTheApplicationDefinesACheckoutHealthIndicator() {
		HealthIndicator own = () -> Health.up().build();
		this.contextRunner.withBean("checkoutHealthIndicator", HealthIndicator.class, () -> own)
			.run((context) -> assertThat(context).doesNotHaveBean(CheckoutHealthIndicator.class)
				.doesNotHaveBean("checkoutHealthContributor"));
	}

	@Test
	void reportsUnknownForAClientWithoutDiagnostics() {
		this.contextRunner.withBean(SessionsClient.class, () -> mock(SessionsClient.class)).run((context) -> {
			Health health = context.getBean(CheckoutHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		});
	}

}
