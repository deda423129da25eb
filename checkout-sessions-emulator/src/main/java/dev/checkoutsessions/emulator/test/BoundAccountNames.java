package dev.checkoutsessions.emulator.test;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The accounts Spring Boot binds under {@code checkout.accounts}, found the way the
 * starter finds them: bound onto the shape of an account, so that an environment variable
 * such as {@code CHECKOUT_ACCOUNTS_EU_OAUTH_CLIENT_ID} configures {@code eu}, and a name
 * is an account only when it sets something an account has. Only loaded when Spring Boot
 * is on the classpath.
 */
final class BoundAccountNames {

	private BoundAccountNames() {
	}

	static Set<String> in(Environment environment) {
		return new LinkedHashSet<>(Binder.get(environment)
			.bind("checkout.accounts", Bindable.mapOf(String.class, AccountShape.class))
			.orElse(Map.of())
			.keySet());
	}

	/**
	 * The keys directly under {@code checkout.accounts.<name>} that the starter declares;
	 * their values do not matter here.
	 */
	public static final class AccountShape {

		private @Nullable Object environment;

		private @Nullable Object subdomain;

		private @Nullable Object baseUrl;

		private @Nullable Object processingChannelId;

		private @Nullable Map<String, Object> oauth;

		private @Nullable Map<String, Object> rateLimit;

		private @Nullable Map<String, Object> webhooks;

		public @Nullable Object getEnvironment() {
			return this.environment;
		}

		public void setEnvironment(@Nullable Object environment) {
			this.environment = environment;
		}

		public @Nullable Object getSubdomain() {
			return this.subdomain;
		}

		public void setSubdomain(@Nullable Object subdomain) {
			this.subdomain = subdomain;
		}

		public @Nullable Object getBaseUrl() {
			return this.baseUrl;
		}

		public void setBaseUrl(@Nullable Object baseUrl) {
			this.baseUrl = baseUrl;
		}

		public @Nullable Object getProcessingChannelId() {
			return this.processingChannelId;
		}

		public void setProcessingChannelId(@Nullable Object processingChannelId) {
			this.processingChannelId = processingChannelId;
		}

		public @Nullable Map<String, Object> getOauth() {
			return this.oauth;
		}

		public void setOauth(@Nullable Map<String, Object> oauth) {
			this.oauth = oauth;
		}

		public @Nullable Map<String, Object> getRateLimit() {
			return this.rateLimit;
		}

		public void setRateLimit(@Nullable Map<String, Object> rateLimit) {
			this.rateLimit = rateLimit;
		}

		public @Nullable Map<String, Object> getWebhooks() {
			return this.webhooks;
		}

		public void setWebhooks(@Nullable Map<String, Object> webhooks) {
			this.webhooks = webhooks;
		}

	}

}
