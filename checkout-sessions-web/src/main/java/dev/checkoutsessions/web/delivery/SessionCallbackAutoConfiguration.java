package dev.checkoutsessions.web.delivery;

import java.time.Clock;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.servlet.DispatcherServlet;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.web.ReceiverSettings;

/**
 * The completion callback receiver, in servlet (Spring MVC) and reactive (WebFlux)
 * applications that set {@code checkout.callback.enabled=true}: an open endpoint that
 * calls the API on every request is a choice, not a default. Any other application stops
 * at startup instead of answering 404 to every callback.
 * <p>
 * Sessions are re-read through the application's {@link SessionsClients} when it has
 * them, through the client of the account that created each session (recorded when it was
 * created, or named by the path {@code checkout.callback.path/<name>}); otherwise through
 * its {@link SessionsClient}, the top-level account's.
 * <p>
 * Re-reads and listeners run on an executor of the receiver's own, built with the
 * application's {@link ThreadPoolTaskExecutorBuilder} (so its task decorator and
 * customizers apply) but sized by {@code checkout.callback.threads} and
 * {@code queue-capacity}: Boot's {@code applicationTaskExecutor} has an unbounded queue
 * by default, and a callback flood must end in 503s, not in memory. It is not published
 * as a bean, so it cannot displace the application's own executor.
 *
 * @since 0.1.0
 */
@AutoConfiguration(
		afterName = { "dev.checkoutsessions.autoconfigure.SessionsClientAutoConfiguration",
				"org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration" },
		after = DeliveryDeduplicationAutoConfiguration.class)
@ConditionalOnClass(SessionsClient.class)
@ConditionalOnBooleanProperty("checkout.callback.enabled")
@EnableConfigurationProperties(CallbackProperties.class)
public final class SessionCallbackAutoConfiguration {

	private static final int SHUTDOWN_WAIT_SECONDS = 30;

	@Bean
	@ConditionalOnMissingBean
	SessionCallbackReceiver sessionCallbackReceiver(CallbackProperties properties,
			ObjectProvider<SessionsClients> clients, ObjectProvider<SessionsClient> client,
			ApplicationEventPublisher publisher, DeliveryDeduplicator deduplicator,
			ObjectProvider<ThreadPoolTaskExecutorBuilder> executorBuilder, BeanFactory beanFactory,
			ApplicationContext context) {
		ReceiverSettings.requireWebStack("checkout.callback.enabled", context);
		CallbackAccounts accounts = CallbackAccounts.of(clients.getIfUnique(), client.getIfUnique());
		ReceiverSettings.requirePath("checkout.callback.path", properties.getPath());
		int maxBody = DeliveryBodies.requireBodySize("checkout.callback.max-body-size", properties.getMaxBodySize());
		ReceiverSettings.requirePositive("checkout.callback.answer-within", properties.getAnswerWithin());
		int threads = ReceiverSettings.requireAtLeast("checkout.callback.threads", properties.getThreads(), 1);
		int queue = ReceiverSettings.requireAtLeast("checkout.callback.queue-capacity", properties.getQueueCapacity(),
				0);
		ThreadPoolTaskExecutor executor = executorBuilder.getIfAvailable(ThreadPoolTaskExecutorBuilder::new)
			.corePoolSize(threads)
			.maxPoolSize(threads)
			.queueCapacity(queue)
			.threadNamePrefix("checkout-callback-")
			.build();
		// Accepted callbacks were answered 202 already: on shutdown let their reads and
		// listeners finish, bounded.
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(SHUTDOWN_WAIT_SECONDS);
		executor.initialize();
		SessionCallbackReceiver.ReadRetries retries = new SessionCallbackReceiver.ReadRetries(
				ReceiverSettings.requireAtLeast("checkout.callback.read-attempts", properties.getReadAttempts(), 1),
				ReceiverSettings.requirePositive("checkout.callback.read-retry-delay", properties.getReadRetryDelay()));
		CreatedSessions created = new CreatedSessions(deduplicator,
				ReceiverSettings.requireAtLeast("checkout.callback.unknown-session-reads-per-minute",
						properties.getUnknownSessionReadsPerMinute(), 0),
				Clock.systemUTC());
		return new SessionCallbackReceiver(accounts, publisher, deduplicator, executor,
				DeliveryMetrics.callbacks(MeterRegistryLookup.find(beanFactory)), maxBody, properties.getAnswerWithin(),
				retries, created);
	}

	/**
	 * Static, as bean post-processors must be: records the sessions the application
	 * creates and through which account, so their callbacks are read through it whatever
	 * a flood of forged ids does.
	 */
	@Bean
	static CreatedSessionsRecorder checkoutCreatedSessionsRecorder(ObjectProvider<SessionCallbackReceiver> receiver) {
		return new CreatedSessionsRecorder(receiver);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(DispatcherServlet.class)
	static class ServletEndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ServletCallbackEndpoint checkoutServletCallbackEndpoint(SessionCallbackReceiver receiver) {
			return new ServletCallbackEndpoint(receiver);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@ConditionalOnClass(DispatcherHandler.class)
	static class ReactiveEndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ReactiveCallbackEndpoint checkoutReactiveCallbackEndpoint(SessionCallbackReceiver receiver) {
			return new ReactiveCallbackEndpoint(receiver);
		}

	}

}
