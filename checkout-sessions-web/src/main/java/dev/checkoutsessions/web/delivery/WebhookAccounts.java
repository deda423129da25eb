package dev.checkoutsessions.web.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.web.AccountNames;
import dev.checkoutsessions.web.ReceiverSettings;

/**
 * The accounts whose webhooks the receiver verifies: the top-level one at
 * {@code checkout.webhooks.path} with {@code checkout.webhooks.*}, and each configured
 * account at {@code checkout.webhooks.path/<name>} with
 * {@code checkout.accounts.<name>.webhooks.*}. An account's path is what tells the
 * receiver which keys to try, so one account's keys never verify another's events.
 */
final class WebhookAccounts {

	private final @Nullable WebhookAccount topLevel;

	private final Map<String, WebhookAccount> configured;

	private WebhookAccounts(@Nullable WebhookAccount topLevel, Map<String, WebhookAccount> configured) {
		this.topLevel = topLevel;
		this.configured = configured;
	}

	/**
	 * Reads and checks the keys; stops startup naming the property when one is missing.
	 * The top-level key may be left out only by an application whose accounts are all
	 * under {@code checkout.accounts} (no {@code checkout.oauth.client-id}): its
	 * top-level path then serves no account.
	 */
	static WebhookAccounts of(WebhookProperties properties, Environment environment) {
		Map<String, ConfiguredAccount> settings = configuredAccounts(environment);
		Map<String, WebhookAccount> configured = new LinkedHashMap<>();
		for (String name : AccountNames.configured(environment)) {
			ReceiverSettings.requireAccountName(name);
			// An account that sets nothing under webhooks binds to nothing.
			ConfiguredAccount account = settings.getOrDefault(name, new ConfiguredAccount());
			List<String> keys = ReceiverSettings.requireAccountSignatureKeys(name,
					account.getWebhooks().getSignatureKeys());
			configured.put(name, new WebhookAccount(name, keys, account.getWebhooks().getAuthorizationHeader()));
		}
		List<String> topLevelKeys = ReceiverSettings.requireSignatureKeys(properties.getSignatureKey(),
				properties.getSignatureKeys(), !configured.isEmpty() && !hasTopLevelAccount(environment));
		WebhookAccount topLevel = topLevelKeys.isEmpty() ? null : new WebhookAccount(SessionsClients.DEFAULT_ACCOUNT,
				topLevelKeys, properties.getAuthorizationHeader());
		return new WebhookAccounts(topLevel, Map.copyOf(configured));
	}

	/** The starter's rule: the top-level account is the one with a client id. */
	private static boolean hasTopLevelAccount(Environment environment) {
		return Binder.get(environment).bind("checkout.oauth.client-id", String.class).isBound();
	}

	/** {@code checkout.accounts}, as much of each account as the receivers read. */
	static Map<String, ConfiguredAccount> configuredAccounts(Environment environment) {
		return Binder.get(environment)
			.bind("checkout.accounts", Bindable.mapOf(String.class, ConfiguredAccount.class))
			.orElse(Map.of());
	}

	/**
	 * The account a delivery is for.
	 * @param name the account named by the path, {@code null} for the top-level path
	 * @return the account, {@code null} when no account is received there
	 */
	@Nullable WebhookAccount find(@Nullable String name) {
		return (name != null) ? this.configured.get(name) : this.topLevel;
	}

	@Override
	public String toString() {
		return "WebhookAccounts[top-level " + ((this.topLevel != null) ? "configured" : "none") + ", "
				+ this.configured.keySet() + "]";
	}

}
