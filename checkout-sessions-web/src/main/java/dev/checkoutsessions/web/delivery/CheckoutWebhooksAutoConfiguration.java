package dev.checkoutsessions.web.delivery;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

import dev.checkoutsessions.web.ReceiverSettings;

/**
 * The webhook receiver, in servlet applications that set
 * {@code checkout.webhooks.enabled=true}; it needs
 * {@code checkout.webhooks.signature-key}, and checks
 * {@code checkout.webhooks.authorization-header} when set.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = DeliveryDeduplicationAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnBooleanProperty("checkout.webhooks.enabled")
@EnableConfigurationProperties(WebhookProperties.class)
public final class CheckoutWebhooksAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WebhookReceiver checkoutWebhookReceiver(WebhookProperties properties, ApplicationEventPublisher publisher,
			DeliveryDeduplicator deduplicator, BeanFactory beanFactory) {
		String key = ReceiverSettings.requireSignatureKey(properties.getSignatureKey());
		ReceiverSettings.requirePath("checkout.webhooks.path", properties.getPath());
		int maxBody = DeliveryBodies.requireBodySize("checkout.webhooks.max-body-size", properties.getMaxBodySize());
		String authorization = properties.getAuthorizationHeader();
		return new WebhookReceiver(publisher, deduplicator,
				DeliveryMetrics.webhooks(MeterRegistryLookup.find(beanFactory)), key,
				(authorization != null && !authorization.isEmpty()) ? authorization : null, maxBody);
	}

}
