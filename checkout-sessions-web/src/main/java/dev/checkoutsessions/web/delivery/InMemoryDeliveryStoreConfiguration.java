package dev.checkoutsessions.web.delivery;

import java.time.Clock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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

	private static final Log logger = LogFactory.getLog(InMemoryDeliveryStoreConfiguration.class);

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
		InMemoryDeliveryDeduplicator deduplicator = new InMemoryDeliveryDeduplicator(
				ReceiverSettings.requireAtLeast("checkout.deduplication.max-entries", properties.getMaxEntries(), 1),
				ReceiverSettings.requirePositive("checkout.deduplication.lease", properties.getLease()),
				Clock.systemUTC());
		// Said once, here: a fleet or a restart publishes a completion or an event again
		// with this store, and the operator must know before that happens.
		logger.warn("Checkout.com deliveries are deduplicated in this JVM's memory: right for a single instance"
				+ " only, and it forgets every claim on restart (each instance of a fleet, and each restart, may"
				+ " publish a callback or webhook again). Give the application a DataSource to share claims.");
		return deduplicator;
	}

}
