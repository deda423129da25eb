package dev.checkoutsessions.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import dev.checkoutsessions.autoconfigure.CheckoutProperties;
import dev.checkoutsessions.autoconfigure.SessionsClientAutoConfiguration;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClients;

/**
 * Auto-configuration of the {@code checkout} health contributor
 * ({@code /actuator/health/checkout}, switched by
 * {@code management.health.checkout.enabled}): one {@link CheckoutHealthIndicator} per
 * account ({@code /actuator/health/checkout/<account>} when there are several, the
 * top-level one named {@code default}), or per {@link SessionsClient} bean when the
 * application builds its clients itself.
 * <p>
 * The contributor sits in the primary group like any other, but reports an outage with a
 * status of its own that the application's aggregation ignores (see
 * {@link CheckoutHealthIndicator}): a Checkout.com outage leaves {@code /actuator/health}
 * UP, and it is in none of the liveness and readiness groups, which Boot fills with the
 * availability states alone. {@code checkout.health.readiness=true} adds it to readiness,
 * where its outage counts as DOWN.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = SessionsClientAutoConfiguration.class,
		afterName = "org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration")
@ConditionalOnClass({ SessionsClient.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@Conditional(CheckoutHealthContributorAutoConfiguration.OnClients.class)
@ConditionalOnEnabledHealthIndicator("checkout")
@EnableConfigurationProperties(CheckoutProperties.class)
public final class CheckoutHealthContributorAutoConfiguration
		extends CompositeHealthContributorConfiguration<CheckoutHealthIndicator, SessionsClient> {

	CheckoutHealthContributorAutoConfiguration(CheckoutProperties properties) {
		super((client) -> new CheckoutHealthIndicator(client, properties.getHealth().getTransportFailureThreshold()));
	}

	@Bean
	@ConditionalOnMissingBean(name = { "checkoutHealthIndicator", "checkoutHealthContributor" })
	HealthContributor checkoutHealthContributor(ConfigurableListableBeanFactory beanFactory,
			ObjectProvider<SessionsClients> accounts) {
		SessionsClients clients = accounts.getIfUnique();
		if (clients == null || clients.names().isEmpty()) {
			return createContributor(beanFactory, SessionsClient.class);
		}
		Map<String, SessionsClient> byAccount = new LinkedHashMap<>();
		clients.names().forEach((name) -> byAccount.put(name, clients.get(name)));
		return createContributor(byAccount);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor",
			"org.springframework.boot.actuate.endpoint.web.AdditionalPathsMapper" })
	@ConditionalOnBooleanProperty("checkout.health.readiness")
	static class CheckoutReadinessConfiguration {

		// Applied after Boot's own probe groups (this auto-configuration runs after
		// theirs, at the same lowest precedence), so the readiness group is there to
		// extend.
		@Bean
		CheckoutReadinessHealthEndpointGroupsPostProcessor checkoutReadinessHealthEndpointGroupsPostProcessor() {
			return new CheckoutReadinessHealthEndpointGroupsPostProcessor();
		}

	}

	/** A {@link SessionsClient} bean, or the clients of several accounts. */
	static final class OnClients extends AnyNestedCondition {

		OnClients() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(SessionsClient.class)
		static final class OneClient {

		}

		@ConditionalOnBean(SessionsClients.class)
		static final class Accounts {

		}

	}

}
