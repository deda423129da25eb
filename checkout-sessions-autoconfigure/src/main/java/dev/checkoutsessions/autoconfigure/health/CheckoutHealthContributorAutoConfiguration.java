package dev.checkoutsessions.autoconfigure.health;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

import dev.checkoutsessions.autoconfigure.CheckoutProperties;
import dev.checkoutsessions.autoconfigure.SessionsClientAutoConfiguration;
import dev.checkoutsessions.client.SessionsClient;

/**
 * Auto-configuration of the {@code checkout} health contributor
 * ({@code /actuator/health/checkout}, switched by
 * {@code management.health.checkout.enabled}): one {@link CheckoutHealthIndicator} per
 * {@link SessionsClient} bean, a composite when there are several.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = SessionsClientAutoConfiguration.class)
@ConditionalOnClass({ SessionsClient.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(SessionsClient.class)
@ConditionalOnEnabledHealthIndicator("checkout")
@EnableConfigurationProperties(CheckoutProperties.class)
public final class CheckoutHealthContributorAutoConfiguration
		extends CompositeHealthContributorConfiguration<CheckoutHealthIndicator, SessionsClient> {

	CheckoutHealthContributorAutoConfiguration(CheckoutProperties properties) {
		super((client) -> new CheckoutHealthIndicator(client, properties.getHealth().getTokenTimeout(),
				properties.getHealth().getTransportFailureThreshold()));
	}

	@Bean
	@ConditionalOnMissingBean(name = { "checkoutHealthIndicator", "checkoutHealthContributor" })
	HealthContributor checkoutHealthContributor(ConfigurableListableBeanFactory beanFactory) {
		return createContributor(beanFactory, SessionsClient.class);
	}

}
