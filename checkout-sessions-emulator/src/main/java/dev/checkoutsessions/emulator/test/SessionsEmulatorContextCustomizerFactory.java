package dev.checkoutsessions.emulator.test;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Spring TestContext hook (registered in {@code META-INF/spring.factories}) that adds the
 * emulator to test contexts whose test class carries
 * {@link AutoConfigureSessionsEmulator}, on the class, a superclass or an enclosing
 * class.
 *
 * @since 0.1.0
 */
public final class SessionsEmulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigureSessionsEmulator annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureSessionsEmulator.class);
		return (annotation != null) ? new SessionsEmulatorContextCustomizer(annotation.webhooks()) : null;
	}

}
