package dev.checkoutsessions.web.delivery;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;

/**
 * Native-image hints: binding of the receivers' properties (with the accounts' webhook
 * keys) and the per-platform schema scripts.
 */
class DeliveryRuntimeHints implements RuntimeHintsRegistrar {

	/** Where the per-platform table scripts are. */
	static final String SCHEMA_DIRECTORY = "dev/checkoutsessions/web/delivery/";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindableRuntimeHintsRegistrar
			.forTypes(CallbackProperties.class, WebhookProperties.class, DeduplicationProperties.class,
					ConfiguredAccount.class)
			.registerHints(hints, classLoader);
		hints.resources().registerPattern(SCHEMA_DIRECTORY + "schema-*.sql");
	}

}
