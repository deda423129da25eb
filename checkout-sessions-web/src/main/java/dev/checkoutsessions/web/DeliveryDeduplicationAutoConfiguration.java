package dev.checkoutsessions.web;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@link DeliveryDeduplicator} both receivers share, when either is enabled: {@link JdbcDeliveryDeduplicator}
 * on the application's {@code DataSource} when there is exactly one (the table created for embedded databases, as
 * Spring Session JDBC does), {@link InMemoryDeliveryDeduplicator} otherwise, or the application's own bean.
 * {@code checkout.webhooks.deduplication.store} forces {@code memory} or {@code jdbc}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Conditional(DeliveryDeduplicationAutoConfiguration.OnReceiverEnabled.class)
@EnableConfigurationProperties(WebhookProperties.class)
@Import({ DeliveryDeduplicationAutoConfiguration.JdbcStoreConfiguration.class,
		DeliveryDeduplicationAutoConfiguration.InMemoryStoreConfiguration.class })
public final class DeliveryDeduplicationAutoConfiguration {

	private static final String STORE_PROPERTY = "checkout.webhooks.deduplication.store";

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ JdbcTemplate.class, DataSourceScriptDatabaseInitializer.class })
	@ConditionalOnSingleCandidate(DataSource.class)
	@Conditional(JdbcStoreAllowed.class)
	static class JdbcStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean(DeliveryDeduplicator.class)
		@DependsOnDatabaseInitialization
		JdbcDeliveryDeduplicator checkoutDeliveryDeduplicator(DataSource dataSource, WebhookProperties properties) {
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

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(DeliveryDeduplicator.class)
	static class InMemoryStoreConfiguration {

		@Bean
		InMemoryDeliveryDeduplicator checkoutDeliveryDeduplicator(WebhookProperties properties) {
			if (properties.getDeduplication().getStore() == WebhookProperties.Store.JDBC) {
				throw new ReceiverConfigurationException(STORE_PROPERTY,
						"is jdbc but the application has no single DataSource (or spring-boot-jdbc is missing)",
						"Add spring-boot-starter-jdbc and configure a DataSource, or set '" + STORE_PROPERTY
								+ "' to memory (one instance) or auto.");
			}
			return new InMemoryDeliveryDeduplicator(ReceiverSettings.requireAtLeast(
					"checkout.webhooks.deduplication.max-entries", properties.getDeduplication().getMaxEntries(), 1));
		}

	}

	/** Either receiver is switched on: otherwise nothing here touches the application's database. */
	static final class OnReceiverEnabled extends AnyNestedCondition {

		OnReceiverEnabled() {
			super(ConfigurationCondition.ConfigurationPhase.PARSE_CONFIGURATION);
		}

		@ConditionalOnBooleanProperty("checkout.callback.enabled")
		static class Callback {

		}

		@ConditionalOnBooleanProperty("checkout.webhooks.enabled")
		static class Webhooks {

		}

	}

	/** Any store setting but {@code memory}. */
	static final class JdbcStoreAllowed implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String store = context.getEnvironment().getProperty(STORE_PROPERTY, "auto");
			return !"memory".equalsIgnoreCase(store.trim());
		}

	}

}
