package dev.checkoutsessions.web.security.servlet;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.security.web.servlet.ApplicationContextRequestMatcher;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.Assert;
import org.springframework.web.context.WebApplicationContext;

import dev.checkoutsessions.web.security.CheckoutReceivers;

/**
 * Request matchers for the Checkout.com Sessions receivers, in the spirit of Spring
 * Boot's {@code PathRequest}: permit them and exempt them from CSRF in your own
 * {@code SecurityFilterChain} with
 * {@code .requestMatchers(CheckoutSessionsRequest.toReceivers()).permitAll()} and
 * {@code .csrf((csrf) -> csrf.ignoringRequestMatchers(CheckoutSessionsRequest.toReceivers()))}.
 *
 * @since 0.1.0
 */
public final class CheckoutSessionsRequest {

	private CheckoutSessionsRequest() {
	}

	/**
	 * Matches the paths of the enabled receivers with their configured values: the
	 * webhook receiver ({@code checkout.webhooks.path}), the callback receiver
	 * ({@code checkout.callback.path}), both also followed by {@code /<name>} for each
	 * account of {@code checkout.accounts}, and the browser kit
	 * ({@code /checkout-sessions/3ds.js},
	 * {@code checkout.browser.method-notification-path} and
	 * {@code checkout.browser.challenge-notification-path}), whatever the method. The
	 * paths are read from the application context on the first request, so the matcher
	 * can be created before the context is refreshed; it matches nothing when no receiver
	 * is enabled, and nothing on a separate management server.
	 * @return the matcher
	 */
	public static RequestMatcher toReceivers() {
		return new ReceiversRequestMatcher();
	}

	private static final class ReceiversRequestMatcher extends ApplicationContextRequestMatcher<ApplicationContext> {

		private volatile @Nullable RequestMatcher delegate;

		ReceiversRequestMatcher() {
			super(ApplicationContext.class);
		}

		@Override
		protected boolean ignoreApplicationContext(WebApplicationContext applicationContext) {
			// The receivers are not on a management server of its own.
			return hasServerNamespace(applicationContext, "management");
		}

		@Override
		protected void initialized(Supplier<ApplicationContext> context) {
			ApplicationContext applicationContext = context.get();
			// Boot's builder carries spring.mvc.servlet.path; without Boot's web security
			// it
			// is the default.
			PathPatternRequestMatcher.Builder builder = applicationContext
				.getBeanProvider(PathPatternRequestMatcher.Builder.class)
				.getIfUnique(PathPatternRequestMatcher::withDefaults);
			List<RequestMatcher> paths = CheckoutReceivers.paths(applicationContext.getEnvironment())
				.stream()
				.<RequestMatcher>map(builder::matcher)
				.toList();
			this.delegate = paths.isEmpty() ? (request) -> false : new OrRequestMatcher(paths);
		}

		@Override
		protected boolean matches(HttpServletRequest request, Supplier<ApplicationContext> context) {
			RequestMatcher delegate = this.delegate;
			Assert.state(delegate != null, "Not initialized");
			return delegate.matches(request);
		}

		@Override
		public String toString() {
			return "CheckoutSessionsRequest.toReceivers() " + this.delegate;
		}

	}

}
