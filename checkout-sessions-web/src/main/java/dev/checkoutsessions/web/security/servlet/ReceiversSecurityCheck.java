package dev.checkoutsessions.web.security.servlet;

import java.util.List;

import jakarta.servlet.ServletContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.web.security.CheckoutReceivers;
import dev.checkoutsessions.web.security.CheckoutReceivers.Receiver;

/**
 * Stops the application at startup when Spring Security would answer an enabled
 * receiver's callers with 401 or 403: otherwise the first sign is a Checkout.com delivery
 * that fails in production ({@code 502 callback_failed} from the emulator's complete),
 * far from the cause.
 * <p>
 * It asks Spring Security's {@link WebInvocationPrivilegeEvaluator} (built from every
 * {@code SecurityFilterChain}: the first chain that matches the request, and that chain's
 * {@code authorizeHttpRequests} rules) whether an anonymous caller may send each
 * receiver's request. What it sees: the chains' request matchers, their authorization
 * rules, {@code WebSecurityCustomizer} ignoring. What it cannot see: CSRF protection (a
 * chain's {@code ignoringRequestMatchers} is not observable, so a permitted receiver may
 * still get 403 for a missing token), filters of the application's own that refuse a
 * request, and authorization outside {@code authorizeHttpRequests} (method security);
 * those are the reasons to use {@code checkout.security.permit-receivers} or
 * {@link CheckoutSessionsRequest} on both authorization and CSRF.
 */
final class ReceiversSecurityCheck implements SmartInitializingSingleton {

	private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("checkout-sessions",
			"anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private final ObjectProvider<WebInvocationPrivilegeEvaluator> privilegeEvaluator;

	private final Environment environment;

	private final ObjectProvider<ServletContext> servletContext;

	ReceiversSecurityCheck(ObjectProvider<WebInvocationPrivilegeEvaluator> privilegeEvaluator, Environment environment,
			ObjectProvider<ServletContext> servletContext) {
		this.privilegeEvaluator = privilegeEvaluator;
		this.environment = environment;
		this.servletContext = servletContext;
	}

	@Override
	public void afterSingletonsInstantiated() {
		// Spring Security's web configuration defines the evaluator; without it (Spring
		// Security present but not switched on) nothing is secured.
		WebInvocationPrivilegeEvaluator evaluator = this.privilegeEvaluator.getIfUnique();
		List<Receiver> receivers = CheckoutReceivers.enabled(this.environment);
		if (evaluator == null || receivers.isEmpty()) {
			return;
		}
		ServletContext context = this.servletContext.getIfAvailable();
		String contextPath = (context != null) ? context.getContextPath() : "";
		String servletPath = servletPath();
		List<Receiver> blocked = receivers.stream()
			.filter((receiver) -> !evaluator.isAllowed(contextPath, servletPath + receiver.path(),
					receiver.method().name(), ANONYMOUS))
			.toList();
		if (!blocked.isEmpty()) {
			throw blocked(blocked);
		}
	}

	private String servletPath() {
		String path = Binder.get(this.environment).bind("spring.mvc.servlet.path", String.class).orElse("");
		return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	private static CheckoutConfigurationException blocked(List<Receiver> blocked) {
		return CheckoutReceivers.blocked(blocked.get(0).enabledProperty(),
				blocked.stream().map(Receiver::describe).toList(),
				"SecurityFilterChain with .requestMatchers(CheckoutSessionsRequest.toReceivers()).permitAll() and"
						+ " .csrf((csrf) -> csrf.ignoringRequestMatchers(CheckoutSessionsRequest.toReceivers()))"
						+ " (dev.checkoutsessions.web.security.servlet.CheckoutSessionsRequest)");
	}

}
