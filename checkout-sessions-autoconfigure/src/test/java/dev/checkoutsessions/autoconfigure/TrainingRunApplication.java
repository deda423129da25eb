package dev.checkoutsessions.autoconfigure;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

import dev.checkoutsessions.client.RateLimiter;
import dev.checkoutsessions.client.SessionsClient;

/**
 * The application of the training-run tests of {@link CheckoutWarmUpTests}, run in a JVM
 * of its own with {@code -Dspring.context.exit=onRefresh}: it prints {@link #REFRESHED}
 * (with what the starter made of its arguments) once every singleton exists, just before
 * the halt.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class TrainingRunApplication {

	static final String REFRESHED = "TRAINING-RUN refreshed";

	@Bean
	SmartInitializingSingleton trainingRunMarker(ApplicationContext context) {
		return () -> System.out.println(REFRESHED + " clients: " + context.getBeansOfType(SessionsClient.class).size()
				+ " warm-up listener: " + !context.getBeansOfType(CheckoutWarmUp.class).isEmpty() + " rate limit: "
				+ context.getBeansOfType(RateLimiter.class)
					.values()
					.stream()
					.map((limiter) -> limiter.getClass().getSimpleName())
					.toList());
	}

	public static void main(String[] args) {
		new SpringApplicationBuilder(TrainingRunApplication.class).web(WebApplicationType.NONE).run(args);
		// Reached only when spring.context.exit did not halt the JVM.
		System.out.println("TRAINING-RUN not halted on refresh");
		System.exit(2);
	}

}
