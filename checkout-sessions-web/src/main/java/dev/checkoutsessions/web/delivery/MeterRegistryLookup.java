package dev.checkoutsessions.web.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.util.ClassUtils;

/**
 * Finds the application's {@code MeterRegistry} without making Micrometer a requirement.
 */
final class MeterRegistryLookup {

	private static final boolean PRESENT = ClassUtils.isPresent("io.micrometer.core.instrument.MeterRegistry",
			MeterRegistryLookup.class.getClassLoader());

	private MeterRegistryLookup() {
	}

	static @Nullable Object find(BeanFactory beanFactory) {
		return PRESENT ? Present.find(beanFactory) : null;
	}

	/** Isolates the Micrometer reference. */
	private static final class Present {

		static @Nullable Object find(BeanFactory beanFactory) {
			return beanFactory.getBeanProvider(MeterRegistry.class).getIfUnique();
		}

	}

}
