package dev.checkoutsessions.web.delivery;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import dev.checkoutsessions.web.ReceiverConfigurationException;
import dev.checkoutsessions.web.ReceiverSettings;

/**
 * The in-memory store, imported after {@link JdbcDeliveryStoreConfiguration} so its
 * condition sees the JDBC bean when there is one. Not a {@code @Configuration}: only the
 * auto-configuration imports it, component scans never find it.
 */
class InMemoryDeliveryStoreConfiguration {

	@Bean
	@ConditionalOnMissingBean(DeliveryDeduplicator.class)
	InMemoryDeliveryDeduplicator checkoutInMemoryDeliveryDeduplicator(DeduplicationProperties properties) {
		if (properties.getStore() == DeduplicationProperties.Store.JDBC) {
			throw new ReceiverConfigurationException(DeliveryDeduplicationAutoConfiguration.STORE_PROPERTY,
					"is jdbc but the application has no single DataSource (or spring-boot-jdbc is missing)",
					"Add spring-boot-starter-jdbc and configure a DataSource, or set '"
							+ DeliveryDeduplicationAutoConfiguration.STORE_PROPERTY
							+ "' to memory (one instance) or auto.");
		}
		return new InMemoryDeliveryDeduplicator(
				ReceiverSettings.requireAtLeast("checkout.deduplication.max-entries", properties.getMaxEntries(), 1));
	}

}
