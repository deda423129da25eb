package dev.checkoutsessions.web.delivery;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.servlet.DispatcherServlet;

import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.web.ReceiverSettings;

/**
 * The webhook receiver, in servlet (Spring MVC) and reactive (WebFlux) applications that
 * set {@code checkout.webhooks.enabled=true}: the top-level account's webhooks at
 * {@code checkout.webhooks.path}, verified with {@code checkout.webhooks.signature-key}
 * and {@code signature-keys}, and each account of {@code checkout.accounts} at that path
 * plus {@code /<name>}, verified with its {@code webhooks.signature-keys} only; each
 * account's {@code authorization-header} is checked when set. A missing key stops startup
 * naming its property (the top-level key is optional only when accounts are configured
 * and there is no top-level account, no {@code checkout.oauth.client-id}). Any other
 * application stops at startup instead of answering 404 to every delivery.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = DeliveryDeduplicationAutoConfiguration.class)
@ConditionalOnBooleanProperty("checkout.webhooks.enabled")
@EnableConfigurationProperties({ WebhookProperties.class, DeduplicationProperties.class })
public final class CheckoutWebhooksAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WebhookReceiver checkoutWebhookReceiver(WebhookProperties properties, DeduplicationProperties deduplication,
			ApplicationEventPublisher publisher, DeliveryDeduplicator deduplicator, BeanFactory beanFactory,
			ApplicationContext context, Environment environment) {
		ReceiverSettings.requireWebStack("checkout.webhooks.enabled", context);
		WebhookAccounts accounts = WebhookAccounts.of(properties, environment);
		ReceiverSettings.requirePath("checkout.webhooks.path", properties.getPath());
		int maxBody = DeliveryBodies.requireBodySize("checkout.webhooks.max-body-size", properties.getMaxBodySize());
		Duration maxAge = ReceiverSettings.requirePositive("checkout.webhooks.max-age", properties.getMaxAge());
		if (maxAge.compareTo(deduplication.getRetention()) >= 0) {
			// A replay older than the retention would find no claim and be published.
			throw new CheckoutConfigurationException("checkout.webhooks.max-age",
					"is " + maxAge + ", not shorter than checkout.deduplication.retention ("
							+ deduplication.getRetention() + "): a replay could outlive its claim",
					"Set 'checkout.webhooks.max-age' between Checkout.com's retry window (about 30 hours) and"
							+ " 'checkout.deduplication.retention', e.g. 3d with the default 7d retention.");
		}
		return new WebhookReceiver(publisher, deduplicator,
				DeliveryMetrics.webhooks(MeterRegistryLookup.find(beanFactory)), accounts, maxBody, maxAge,
				Clock.systemUTC());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(DispatcherServlet.class)
	static class ServletEndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ServletWebhookEndpoint checkoutServletWebhookEndpoint(WebhookReceiver receiver) {
			return new ServletWebhookEndpoint(receiver);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@ConditionalOnClass(DispatcherHandler.class)
	static class ReactiveEndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ReactiveWebhookEndpoint checkoutReactiveWebhookEndpoint(WebhookReceiver receiver) {
			return new ReactiveWebhookEndpoint(receiver);
		}

	}

}
