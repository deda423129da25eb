package dev.checkoutsessions.web;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;

/** Native-image hints: binding of the receivers' properties and the JDBC store's schema script. */
class CheckoutWebRuntimeHints implements RuntimeHintsRegistrar {

	static final String SCHEMA = "dev/checkoutsessions/web/schema.sql";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindableRuntimeHintsRegistrar.forTypes(CallbackProperties.class, WebhookProperties.class)
			.registerHints(hints, classLoader);
		hints.resources().registerPattern(SCHEMA);
	}

}
