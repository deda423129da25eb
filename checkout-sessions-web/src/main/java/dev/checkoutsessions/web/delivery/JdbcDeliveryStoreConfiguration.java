package dev.checkoutsessions.web.delivery;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.DependsOn;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.checkoutsessions.web.ReceiverConfigurationException;
import dev.checkoutsessions.web.ReceiverSettings;

/**
 * The JDBC store on the application's single {@code DataSource}, with its schema
 * initializer; imported only.
 */
@ConditionalOnClass({ JdbcTemplate.class, DataSourceScriptDatabaseInitializer.class })
@ConditionalOnSingleCandidate(DataSource.class)
@Conditional(DeliveryDeduplicationAutoConfiguration.JdbcStoreAllowed.class)
class JdbcDeliveryStoreConfiguration {

	private static final Log logger = LogFactory.getLog(JdbcDeliveryStoreConfiguration.class);

	/**
	 * After its own table script and, in applications, after every other database
	 * initializer (spring.sql.init…).
	 */
	@Bean
	@ConditionalOnMissingBean(DeliveryDeduplicator.class)
	@DependsOn("checkoutDeliveriesSchemaInitializer")
	@DependsOnDatabaseInitialization
	JdbcDeliveryDeduplicator checkoutJdbcDeliveryDeduplicator(DataSource dataSource,
			DeduplicationProperties properties) {
		DeduplicationProperties deduplication = properties;
		JdbcDeliveryDeduplicator deduplicator = new JdbcDeliveryDeduplicator(new JdbcTemplate(dataSource),
				deduplication.getTableName(),
				ReceiverSettings.requirePositive("checkout.deduplication.retention", deduplication.getRetention()),
				Clock.systemUTC());
		try {
			deduplicator.verifyTable();
		}
		catch (BadSqlGrammarException ex) {
			// Without its table every delivery would fail; say so now, not at the first
			// webhook.
			throw new ReceiverConfigurationException("checkout.deduplication.table-name",
					"names table " + deduplication.getTableName() + ", which does not exist in the application's"
							+ " DataSource (it is created only for embedded databases by default)",
					"Create it with classpath:dev/checkoutsessions/web/delivery/schema.sql (shipped in checkout-sessions-web),"
							+ " set 'checkout.deduplication.initialize-schema' to always, or set"
							+ " 'checkout.deduplication.store' to memory.");
		}
		catch (DataAccessException ex) {
			// The database may be down at startup; the receivers answer 503 until it is
			// back.
			logger.warn("Could not check the deduplication table " + deduplication.getTableName() + ": "
					+ ex.getClass().getSimpleName());
		}
		return deduplicator;
	}

	@Bean
	@ConditionalOnMissingBean(name = "checkoutDeliveriesSchemaInitializer")
	DataSourceScriptDatabaseInitializer checkoutDeliveriesSchemaInitializer(DataSource dataSource,
			DeduplicationProperties properties) {
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		settings.setSchemaLocations(List.of("classpath:dev/checkoutsessions/web/delivery/schema.sql"));
		settings.setMode(switch (properties.getInitializeSchema()) {
			case ALWAYS -> DatabaseInitializationMode.ALWAYS;
			case NEVER -> DatabaseInitializationMode.NEVER;
			case EMBEDDED -> DatabaseInitializationMode.EMBEDDED;
		});
		// The script has no IF NOT EXISTS (not portable): on a restart the table exists
		// and that is fine.
		settings.setContinueOnError(true);
		if (!JdbcDeliveryDeduplicator.DEFAULT_TABLE_NAME.equals(properties.getTableName())) {
			// The script creates the default table; a renamed one is the application's to
			// create.
			settings.setMode(DatabaseInitializationMode.NEVER);
		}
		return new DataSourceScriptDatabaseInitializer(dataSource, settings);
	}

}
