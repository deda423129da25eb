package dev.checkoutsessions.emulator.test;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

import dev.checkoutsessions.emulator.SessionsEmulator;

/**
 * Resets the context's emulator before each test method of a class annotated with
 * {@link AutoConfigureSessionsEmulator}: request counts, armed faults and recorded
 * callbacks and webhooks start from zero, while sessions stay. Without it, a cached
 * context would carry one test's counts and unused faults into the next. Registered in
 * {@code META-INF/spring.factories}.
 *
 * @since 0.1.0
 */
public final class SessionsEmulatorTestExecutionListener extends AbstractTestExecutionListener {

	/**
	 * Just before Spring's own listeners that run test code ({@code @Sql}, transactions,
	 * events).
	 */
	@Override
	public int getOrder() {
		return 1900;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (!TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(),
				AutoConfigureSessionsEmulator.class)) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		if (context.containsBean(SessionsEmulatorContextCustomizer.BEAN_NAME)
				&& context.getBean(SessionsEmulatorContextCustomizer.BEAN_NAME) instanceof SessionsEmulator emulator) {
			emulator.resetCountsAndFaults();
		}
	}

}
