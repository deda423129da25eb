package dev.checkoutsessions.web.security.reactive;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.web.server.MatcherSecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.WebFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the application-level tests cannot wait for: a filter chain that never answers the
 * check's exchange holds up startup once, for the check's timeout, and is reported as a
 * check that could not run, not as a blocked receiver.
 */
@Tag("spring-security")
@ExtendWith(OutputCaptureExtension.class)
class ReceiversSecurityCheckTests {

	@Test
	void aChainThatNeverAnswersIsWaitedForOnceAndOnlyWarnedAbout(CapturedOutput output) {
		AtomicInteger exchanges = new AtomicInteger();
		WebFilter waitingForever = (exchange, chain) -> {
			exchanges.incrementAndGet();
			return Mono.never();
		};
		WebFilterChainProxy proxy = new WebFilterChainProxy(
				new MatcherSecurityWebFilterChain(ServerWebExchangeMatchers.anyExchange(), List.of(waitingForever)));
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.setEnvironment(new MockEnvironment().withProperty("checkout.webhooks.enabled", "true")
				.withProperty("checkout.callback.enabled", "true"));
			// Not registerBean(type, supplier): a lambda of Spring Security's types would
			// stop the tests without Spring Security from even discovering this class.
			context.getBeanFactory().registerSingleton("springSecurityWebFilterChainFilter", proxy);
			context.refresh();

			new ReceiversSecurityCheck(context.getBeanProvider(WebFilterChainProxy.class), context,
					Duration.ofMillis(200))
				.afterSingletonsInstantiated();
		}

		assertThat(exchanges).hasValue(1);
		assertThat(output).contains("WARN")
			.contains("Could not check whether Spring Security lets the callers reach POST /checkout/webhooks"
					+ " (checkout.webhooks.path), POST /checkout/sessions/callback (checkout.callback.path)")
			.contains("TimeoutException");
	}

}
