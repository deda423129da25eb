package dev.checkoutsessions.web.security.reactive;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;

import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.web.security.CheckoutReceivers;
import dev.checkoutsessions.web.security.CheckoutReceivers.Receiver;

/**
 * Stops a WebFlux application at startup when Spring Security would turn away an enabled
 * receiver's callers: otherwise the first sign is a Checkout.com delivery that fails in
 * production ({@code 502 callback_failed} from the emulator's complete), far from the
 * cause.
 * <p>
 * Spring Security has no reactive counterpart of the servlet
 * {@code WebInvocationPrivilegeEvaluator}, so this check runs Spring Security itself: the
 * {@link WebFilterChainProxy} (every {@code SecurityWebFilterChain}, in order) on an
 * exchange built for each receiver's request as its callers send it (the method and the
 * path under {@code spring.webflux.base-path}; anonymous, without credentials, cookies or
 * a CSRF token; see {@link ReceiverExchange}), followed by a last filter that records it
 * was reached. A receiver whose exchange does not get through (401, 403, a redirect to a
 * login page) is blocked. Because every filter of the chain runs, this check sees what
 * the servlet one cannot: CSRF protection, the chain's own filters and Spring Security's
 * firewall. It still cannot see what callers send that the exchange lacks (an
 * {@code Origin} header, a body, the caller's address for an IP allow-list), nor filters
 * outside Spring Security's chain.
 * <p>
 * No server is needed and nothing goes over the network: it runs once the singletons
 * exist, on the thread that refreshes the context, never on an event loop, and waits for
 * each exchange at most {@link #TIMEOUT} (after one that took longer, for no other).
 * Spring Security's observations, when configured, see these exchanges as they see any
 * other. A chain that fails or does not answer in time is not taken for a blocked
 * receiver: a healthy application must not be stopped by a check that could not run, so
 * that is logged as a warning instead.
 */
final class ReceiversSecurityCheck implements SmartInitializingSingleton {

	/**
	 * How long one exchange may take: Spring Security decides in memory, so only a chain
	 * that waits on something outside it comes near this.
	 */
	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Log logger = LogFactory.getLog(ReceiversSecurityCheck.class);

	private final ObjectProvider<WebFilterChainProxy> filterChainProxy;

	private final ApplicationContext applicationContext;

	private final Duration timeout;

	ReceiversSecurityCheck(ObjectProvider<WebFilterChainProxy> filterChainProxy,
			ApplicationContext applicationContext) {
		this(filterChainProxy, applicationContext, TIMEOUT);
	}

	ReceiversSecurityCheck(ObjectProvider<WebFilterChainProxy> filterChainProxy, ApplicationContext applicationContext,
			Duration timeout) {
		this.filterChainProxy = filterChainProxy;
		this.applicationContext = applicationContext;
		this.timeout = timeout;
	}

	@Override
	public void afterSingletonsInstantiated() {
		// Spring Security's WebFlux configuration defines the proxy; without it (Spring
		// Security present but not switched on) nothing is secured.
		WebFilterChainProxy proxy = this.filterChainProxy.getIfUnique();
		List<Receiver> receivers = CheckoutReceivers.enabled(this.applicationContext.getEnvironment());
		if (proxy == null || receivers.isEmpty()) {
			return;
		}
		List<Receiver> blocked = new ArrayList<>();
		List<String> answers = new ArrayList<>();
		List<String> unchecked = new ArrayList<>();
		RuntimeException failure = null;
		String basePath = basePath();
		for (int i = 0; i < receivers.size(); i++) {
			Receiver receiver = receivers.get(i);
			try {
				String answer = answer(proxy,
						ReceiverExchange.create(this.applicationContext, basePath, receiver.method(), receiver.path()));
				if (answer != null) {
					blocked.add(receiver);
					answers.add(receiver.describe(answer));
				}
			}
			catch (RuntimeException ex) {
				unchecked.add(receiver.describe());
				failure = (failure != null) ? failure : ex;
				if (Exceptions.unwrap(ex) instanceof TimeoutException) {
					// Whatever the chain waits for would hold up startup as long again
					// for each of the other receivers.
					receivers.subList(i + 1, receivers.size()).forEach((next) -> unchecked.add(next.describe()));
					break;
				}
			}
		}
		if (failure != null) {
			couldNotCheck(unchecked, failure);
		}
		if (!blocked.isEmpty()) {
			throw blocked(blocked, answers);
		}
	}

	/**
	 * Runs Spring Security on the exchange.
	 * @return what it answered instead of passing the exchange on, {@code null} when it
	 * passed it on
	 */
	private @Nullable String answer(WebFilterChainProxy proxy, ServerWebExchange exchange) {
		AtomicBoolean reached = new AtomicBoolean();
		proxy.filter(exchange, (passed) -> {
			reached.set(true);
			return Mono.empty();
		}).timeout(this.timeout).block();
		return reached.get() ? null : describe(exchange.getResponse());
	}

	private static String describe(ServerHttpResponse response) {
		HttpStatusCode status = response.getStatusCode();
		URI location = response.getHeaders().getLocation();
		if (status != null && status.is3xxRedirection() && location != null) {
			return "redirected to " + location;
		}
		// A chain may also end the exchange without setting a status: the server would
		// send 200 with nothing from the receiver.
		return (status != null) ? "answered " + status.value() : "not passed on";
	}

	/** Boot's {@code WebFluxProperties} normalizes the base path the same way. */
	private String basePath() {
		String path = Binder.get(this.applicationContext.getEnvironment())
			.bind("spring.webflux.base-path", String.class)
			.map(String::strip)
			.orElse("");
		if (!StringUtils.hasText(path)) {
			return "";
		}
		path = path.startsWith("/") ? path : "/" + path;
		return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	private static void couldNotCheck(List<String> requests, RuntimeException failure) {
		Throwable cause = Exceptions.unwrap(failure);
		logger.warn("Could not check whether Spring Security lets the callers reach " + String.join(", ", requests)
				+ ": running its filter chain on an anonymous request without a CSRF token failed with " + cause
				+ ". If Spring Security turns them away, Checkout.com's deliveries will fail; permit the receivers as"
				+ " docs/spring-security.md shows, and test the deliveries with the emulator.");
		if (logger.isDebugEnabled()) {
			logger.debug("The receivers' security check failed", cause);
		}
	}

	private static CheckoutConfigurationException blocked(List<Receiver> blocked, List<String> answers) {
		return CheckoutReceivers.blocked(blocked.get(0).enabledProperty(), answers,
				"SecurityWebFilterChain with .matchers(CheckoutSessionsRequest.toReceivers()).permitAll() and"
						+ " .csrf((csrf) -> csrf.requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher("
						+ "CsrfWebFilter.DEFAULT_CSRF_MATCHER,"
						+ " new NegatedServerWebExchangeMatcher(CheckoutSessionsRequest.toReceivers()))))"
						+ " (dev.checkoutsessions.web.security.reactive.CheckoutSessionsRequest)");
	}

}
