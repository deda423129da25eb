package dev.checkoutsessions.web.delivery;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The {@link DeliveryDeduplicator} both receivers share, when either is enabled:
 * {@link JdbcDeliveryDeduplicator} on the application's {@code DataSource} when there is
 * exactly one (the table created for embedded databases, as Spring Session JDBC does),
 * {@link InMemoryDeliveryDeduplicator} otherwise, or the application's own bean.
 * {@code checkout.deduplication.store} forces {@code memory} or {@code jdbc}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@Conditional(DeliveryDeduplicationAutoConfiguration.OnReceiverEnabled.class)
@EnableConfigurationProperties(DeduplicationProperties.class)
@Import({ JdbcDeliveryStoreConfiguration.class, InMemoryDeliveryStoreConfiguration.class })
public final class DeliveryDeduplicationAutoConfiguration {

	static final String STORE_PROPERTY = "checkout.deduplication.store";

	/**
	 * Either receiver is switched on: otherwise nothing here touches the application's
	 * database.
	 */
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
