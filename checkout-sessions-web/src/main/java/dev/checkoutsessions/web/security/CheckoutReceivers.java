package dev.checkoutsessions.web.security;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;

import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.web.AccountNames;
import dev.checkoutsessions.web.browser.BrowserProperties;
import dev.checkoutsessions.web.browser.ThreeDsScript;
import dev.checkoutsessions.web.delivery.CallbackProperties;
import dev.checkoutsessions.web.delivery.WebhookProperties;

/**
 * The receivers that the application's settings switch on, each with the path it answers
 * (the webhook and callback receivers also at their path plus {@code /<name>} for each
 * account of {@code checkout.accounts}) and the request that reaches it (public for the
 * security packages, not an API). Read from the {@link Environment} rather than from the
 * receivers' beans, so that the matchers and the startup check see the same paths on
 * either web stack, with the defaults of the properties classes.
 */
public final class CheckoutReceivers {

	private CheckoutReceivers() {
	}

	/**
	 * The enabled receivers, in a fixed order.
	 * @param environment the application's environment
	 * @return every path a caller without credentials must reach
	 */
	public static List<Receiver> enabled(Environment environment) {
		Binder binder = Binder.get(environment);
		List<Receiver> receivers = new ArrayList<>();
		List<String> accounts = AccountNames.configured(environment);
		if (enabled(binder, "checkout.webhooks.enabled")) {
			addWithAccounts(receivers, "checkout.webhooks.enabled", "checkout.webhooks.path",
					path(binder, "checkout.webhooks.path", new WebhookProperties().getPath()), accounts);
		}
		if (enabled(binder, "checkout.callback.enabled")) {
			addWithAccounts(receivers, "checkout.callback.enabled", "checkout.callback.path",
					path(binder, "checkout.callback.path", new CallbackProperties().getPath()), accounts);
		}
		if (enabled(binder, "checkout.browser.enabled")) {
			BrowserProperties defaults = new BrowserProperties();
			receivers.add(new Receiver("checkout.browser.enabled", null, ThreeDsScript.PATH, HttpMethod.GET));
			receivers.add(new Receiver("checkout.browser.enabled", "checkout.browser.method-notification-path",
					path(binder, "checkout.browser.method-notification-path", defaults.getMethodNotificationPath()),
					HttpMethod.POST));
			receivers.add(new Receiver(
					"checkout.browser.enabled", "checkout.browser.challenge-notification-path", path(binder,
							"checkout.browser.challenge-notification-path", defaults.getChallengeNotificationPath()),
					HttpMethod.POST));
		}
		return List.copyOf(receivers);
	}

	/**
	 * The paths of the enabled receivers, each once.
	 * @param environment the application's environment
	 * @return the paths, relative to the application's context path
	 */
	public static List<String> paths(Environment environment) {
		return enabled(environment).stream().map(Receiver::path).distinct().toList();
	}

	/**
	 * What the startup checks of either web stack report when Spring Security would turn
	 * away the callers of enabled receivers: one message, so that the servlet and the
	 * WebFlux report read alike and name the same one-line fix.
	 * @param enabledProperty the {@code enabled} property of the first blocked receiver
	 * @param requests how each blocked receiver is described (see
	 * {@link Receiver#describe(String)}), in the order of {@link #enabled(Environment)}
	 * @param ownChain how to permit them in the application's own filter chain on this
	 * stack, naming the matcher class
	 * @return the failure
	 */
	public static CheckoutConfigurationException blocked(String enabledProperty, List<String> requests,
			String ownChain) {
		return new CheckoutConfigurationException(enabledProperty,
				"is true, but Spring Security does not let an anonymous caller reach " + String.join(", ", requests)
						+ "; the callers (Checkout.com, the issuer's ACS, the shopper's browser) send no credentials"
						+ " and no CSRF token, so they would get 401, 403 or a login page",
				"Set 'checkout.security.permit-receivers=true' for a filter chain of the receivers' paths alone, or"
						+ " permit them in your own " + ownChain + "; see docs/spring-security.md.");
	}

	/**
	 * A receiver's path and the path of each account under it: a security rule that
	 * permits the exact path alone would turn every account's deliveries away.
	 */
	private static void addWithAccounts(List<Receiver> receivers, String enabledProperty, String pathProperty,
			String path, List<String> accounts) {
		receivers.add(new Receiver(enabledProperty, pathProperty, path, HttpMethod.POST));
		for (String account : accounts) {
			receivers.add(new Receiver(enabledProperty, pathProperty, path + "/" + account, HttpMethod.POST));
		}
	}

	private static boolean enabled(Binder binder, String property) {
		return binder.bind(property, Boolean.class).orElse(false);
	}

	private static String path(Binder binder, String property, String defaultPath) {
		return binder.bind(property, String.class).orElse(defaultPath);
	}

	/**
	 * One receiver's path.
	 *
	 * @param enabledProperty the property that switches it on
	 * @param pathProperty the property that sets its path, {@code null} for a fixed path
	 * @param path its path, relative to the context path
	 * @param method the method its callers use (Checkout.com's and the ACS's POSTs, the
	 * browser's GET of the script)
	 */
	public record Receiver(String enabledProperty, @Nullable String pathProperty, String path, HttpMethod method) {

		/**
		 * How the startup report names it, e.g.
		 * {@code POST /checkout/webhooks (checkout.webhooks.path)}.
		 */
		public String describe() {
			return describe(null);
		}

		/**
		 * How the startup report names it with what Spring Security answered, e.g.
		 * {@code POST /checkout/webhooks (checkout.webhooks.path, answered 403)}.
		 * @param answer what Spring Security answered, {@code null} when not known
		 * @return the description
		 */
		public String describe(@Nullable String answer) {
			List<String> notes = new ArrayList<>(2);
			if (this.pathProperty != null) {
				notes.add(this.pathProperty);
			}
			if (answer != null) {
				notes.add(answer);
			}
			return this.method.name() + " " + this.path
					+ (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
		}

	}

}
