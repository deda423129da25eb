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
import org.springframework.boot.jdbc.init.PlatformPlaceholderDatabaseDriverResolver;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
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

	/** One script per platform (Spring Session's convention), chosen from the driver. */
	static final String SCHEMA_LOCATION = "classpath:" + DeliveryRuntimeHints.SCHEMA_DIRECTORY
			+ "schema-@@platform@@.sql";

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
		JdbcDeliveryDeduplicator deduplicator = new JdbcDeliveryDeduplicator(dataSource, properties.getTableName(),
				ReceiverSettings.requirePositive("checkout.deduplication.retention", properties.getRetention()),
				ReceiverSettings.requirePositive("checkout.deduplication.lease", properties.getLease()),
				Clock.systemUTC());
		try {
			// A real claim, not a look at the columns: a table whose inserts fail would
			// otherwise start and then refuse every delivery.
			deduplicator.verifyTable();
		}
		catch (InvalidDataAccessResourceUsageException | DataIntegrityViolationException | IllegalStateException ex) {
			throw new ReceiverConfigurationException("checkout.deduplication.table-name",
					"names table " + properties.getTableName() + ", which is missing from the application's"
							+ " DataSource or cannot take a claim (" + ex.getClass().getSimpleName() + ": "
							+ NestedExceptionUtils.getMostSpecificCause(ex).getMessage() + ")",
					"Create it with " + scriptFor(dataSource) + " (shipped in checkout-sessions-web; an older"
							+ " CHECKOUT_DELIVERIES table migrates as the documentation says), set"
							+ " 'checkout.deduplication.initialize-schema' to always, or set"
							+ " 'checkout.deduplication.store' to memory.");
		}
		catch (DataAccessException ex) {
			// The database may be down at startup; the receivers answer 503 until it is
			// back.
			logger.warn("Could not check the deduplication table " + properties.getTableName() + ": "
					+ ex.getClass().getSimpleName());
		}
		return deduplicator;
	}

	@Bean
	@ConditionalOnMissingBean(name = "checkoutDeliveriesSchemaInitializer")
	DataSourceScriptDatabaseInitializer checkoutDeliveriesSchemaInitializer(DataSource dataSource,
			DeduplicationProperties properties) {
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		String script = scriptFor(dataSource);
		// Platform unknown (or database down): nothing to run, and the table check says
		// what is missing rather than a missing-script error.
		settings.setSchemaLocations(List.of(script.equals(SCHEMA_LOCATION) ? "optional:" + script : script));
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

	/** The script for the DataSource's platform, or the placeholder form if unknown. */
	static String scriptFor(DataSource dataSource) {
		try {
			return new PlatformPlaceholderDatabaseDriverResolver().resolveAll(dataSource, SCHEMA_LOCATION).get(0);
		}
		catch (RuntimeException ex) {
			// Unreachable or unknown database: the placeholder names the choice to make.
			logger.warn("Could not tell the database platform for the deliveries table script ("
					+ NestedExceptionUtils.getMostSpecificCause(ex) + ")");
			return SCHEMA_LOCATION;
		}
	}

}
