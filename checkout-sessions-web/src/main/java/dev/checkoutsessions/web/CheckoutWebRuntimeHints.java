package dev.checkoutsessions.web;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;

/**
 * Native-image hints: binding of the receivers' and browser kit's properties, the schema
 * script and 3ds.js.
 */
class CheckoutWebRuntimeHints implements RuntimeHintsRegistrar {

	static final String SCHEMA = "dev/checkoutsessions/web/schema.sql";

	static final String SCRIPT = "dev/checkoutsessions/web/3ds.js";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindableRuntimeHintsRegistrar
			.forTypes(CallbackProperties.class, WebhookProperties.class, BrowserProperties.class)
			.registerHints(hints, classLoader);
		hints.resources().registerPattern(SCHEMA);
		hints.resources().registerPattern(SCRIPT);
	}

}
