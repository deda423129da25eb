package dev.checkoutsessions.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;

/**
 * Native-image hints for what only Spring Boot uses: binding {@code checkout.*} onto
 * {@link CheckoutProperties}. The client's own hints (its model, its version resource)
 * live with the client, which registers them itself.
 *
 * @since 0.1.0
 */
class CheckoutRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindableRuntimeHintsRegistrar.forTypes(CheckoutProperties.class).registerHints(hints, classLoader);
	}

}
