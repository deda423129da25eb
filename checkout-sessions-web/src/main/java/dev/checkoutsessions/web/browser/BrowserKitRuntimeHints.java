package dev.checkoutsessions.web.browser;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;

/**
 * Native-image hints: binding of the browser kit's properties and 3ds.js.
 */
class BrowserKitRuntimeHints implements RuntimeHintsRegistrar {

	static final String SCRIPT = "dev/checkoutsessions/web/browser/3ds.js";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindableRuntimeHintsRegistrar.forTypes(BrowserProperties.class).registerHints(hints, classLoader);
		hints.resources().registerPattern(SCRIPT);
	}

}
