package dev.checkoutsessions.web;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The JDBC store on the application's single {@code DataSource}, with its schema initializer; imported only. */
@ConditionalOnClass({ JdbcTemplate.class, DataSourceScriptDatabaseInitializer.class })
@ConditionalOnSingleCandidate(DataSource.class)
@Conditional(DeliveryDeduplicationAutoConfiguration.JdbcStoreAllowed.class)
class JdbcDeliveryStoreConfiguration {

	@Bean
	@ConditionalOnMissingBean(DeliveryDeduplicator.class)
	@DependsOnDatabaseInitialization
	JdbcDeliveryDeduplicator checkoutJdbcDeliveryDeduplicator(DataSource dataSource, WebhookProperties properties) {
		WebhookProperties.Deduplication deduplication = properties.getDeduplication();
		return new JdbcDeliveryDeduplicator(new JdbcTemplate(dataSource), deduplication.getTableName(),
				ReceiverSettings.requirePositive("checkout.webhooks.deduplication.retention",
						deduplication.getRetention()),
				Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean(name = "checkoutDeliveriesSchemaInitializer")
	DataSourceScriptDatabaseInitializer checkoutDeliveriesSchemaInitializer(DataSource dataSource,
			WebhookProperties properties) {
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		settings.setSchemaLocations(List.of("classpath:dev/checkoutsessions/web/schema.sql"));
		settings.setMode(switch (properties.getDeduplication().getInitializeSchema()) {
			case ALWAYS -> DatabaseInitializationMode.ALWAYS;
			case NEVER -> DatabaseInitializationMode.NEVER;
			case EMBEDDED -> DatabaseInitializationMode.EMBEDDED;
		});
		// The script has no IF NOT EXISTS (not portable): on a restart the table exists and that is fine.
		settings.setContinueOnError(true);
		if (!JdbcDeliveryDeduplicator.DEFAULT_TABLE_NAME.equals(properties.getDeduplication().getTableName())) {
			// The script creates the default table; a renamed one is the application's to create.
			settings.setMode(DatabaseInitializationMode.NEVER);
		}
		return new DataSourceScriptDatabaseInitializer(dataSource, settings);
	}

}
