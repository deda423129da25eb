package dev.checkoutsessions.web.security.reactive;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.boot.security.web.reactive.ApplicationContextServerWebExchangeMatcher;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.util.Assert;
import org.springframework.web.server.ServerWebExchange;

import dev.checkoutsessions.web.security.CheckoutReceivers;

/**
 * Exchange matchers for the Checkout.com Sessions receivers in WebFlux applications, in
 * the spirit of Spring Boot's reactive {@code PathRequest}: permit them in your own
 * {@code SecurityWebFilterChain} with
 * {@code exchanges.matchers(CheckoutSessionsRequest.toReceivers()).permitAll()} and
 * exempt them from CSRF with a {@code requireCsrfProtectionMatcher} that is
 * {@code CsrfWebFilter.DEFAULT_CSRF_MATCHER} and not this matcher
 * (docs/spring-security.md shows the whole chain).
 *
 * @since 0.1.0
 */
public final class CheckoutSessionsRequest {

	private CheckoutSessionsRequest() {
	}

	/**
	 * Matches the paths of the enabled receivers with their configured values (the same
	 * paths as the servlet matcher), whatever the method, within the application's base
	 * path. The paths are read from the application context on the first exchange; it
	 * matches nothing when no receiver is enabled, and nothing on a separate management
	 * server.
	 * @return the matcher
	 */
	public static ServerWebExchangeMatcher toReceivers() {
		return new ReceiversServerWebExchangeMatcher();
	}

	private static final class ReceiversServerWebExchangeMatcher
			extends ApplicationContextServerWebExchangeMatcher<ApplicationContext> {

		private volatile @Nullable ServerWebExchangeMatcher delegate;

		ReceiversServerWebExchangeMatcher() {
			super(ApplicationContext.class);
		}

		@Override
		protected boolean ignoreApplicationContext(@Nullable ApplicationContext applicationContext) {
			// The receivers are not on a management server of its own.
			return hasServerNamespace(applicationContext, "management");
		}

		@Override
		protected void initialized(Supplier<ApplicationContext> context) {
			List<ServerWebExchangeMatcher> paths = CheckoutReceivers.paths(context.get().getEnvironment())
				.stream()
				.<ServerWebExchangeMatcher>map(PathPatternParserServerWebExchangeMatcher::new)
				.toList();
			this.delegate = paths.isEmpty() ? (exchange) -> MatchResult.notMatch()
					: new OrServerWebExchangeMatcher(paths);
		}

		@Override
		protected Mono<MatchResult> matches(ServerWebExchange exchange, Supplier<ApplicationContext> context) {
			ServerWebExchangeMatcher delegate = this.delegate;
			Assert.state(delegate != null, "Not initialized");
			return delegate.matches(exchange);
		}

		@Override
		public String toString() {
			return "CheckoutSessionsRequest.toReceivers() " + this.delegate;
		}

	}

}
