package dev.checkoutsessions.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The names of the accounts configured under {@code checkout.accounts} (public for the
 * web features' packages, not an API). Read from the {@link Environment} because this
 * module does not depend on the auto-configuration module that declares the properties.
 */
public final class AccountNames {

	private AccountNames() {
	}

	/**
	 * Every configured account, whatever it sets: an account that sets nothing the caller
	 * reads (no webhook keys, say) is listed all the same, so that a check can name what
	 * it lacks.
	 * @param environment the application's environment
	 * @return the names, in configuration order
	 */
	public static List<String> configured(Environment environment) {
		// Bound onto the shape of an account, as the starter binds them: the variable
		// CHECKOUT_ACCOUNTS_BRAND_US_WEBHOOKS_SIGNATURE_KEYS completes 'brand-us' and
		// adds
		// no account 'brand'.
		return List.copyOf(Binder.get(environment)
			.bind("checkout.accounts", Bindable.mapOf(String.class, AccountShape.class))
			.orElse(Map.of())
			.keySet());
	}

	/**
	 * The keys directly under {@code checkout.accounts.<name>} that the starter declares
	 * (its {@code CheckoutProperties.Account}); their values do not matter here.
	 */
	public static final class AccountShape {

		private @Nullable Object environment;

		private @Nullable Object subdomain;

		private @Nullable Object baseUrl;

		private @Nullable Object processingChannelId;

		private @Nullable Map<String, Object> oauth;

		private @Nullable Map<String, Object> rateLimit;

		private @Nullable Map<String, Object> webhooks;

		/**
		 * @return the account's environment
		 */
		public @Nullable Object getEnvironment() {
			return this.environment;
		}

		/**
		 * @param environment the account's environment
		 */
		public void setEnvironment(@Nullable Object environment) {
			this.environment = environment;
		}

		/**
		 * @return the account's subdomain
		 */
		public @Nullable Object getSubdomain() {
			return this.subdomain;
		}

		/**
		 * @param subdomain the account's subdomain
		 */
		public void setSubdomain(@Nullable Object subdomain) {
			this.subdomain = subdomain;
		}

		/**
		 * @return the account's base URL
		 */
		public @Nullable Object getBaseUrl() {
			return this.baseUrl;
		}

		/**
		 * @param baseUrl the account's base URL
		 */
		public void setBaseUrl(@Nullable Object baseUrl) {
			this.baseUrl = baseUrl;
		}

		/**
		 * @return the account's processing channel
		 */
		public @Nullable Object getProcessingChannelId() {
			return this.processingChannelId;
		}

		/**
		 * @param processingChannelId the account's processing channel
		 */
		public void setProcessingChannelId(@Nullable Object processingChannelId) {
			this.processingChannelId = processingChannelId;
		}

		/**
		 * @return the account's OAuth settings
		 */
		public @Nullable Map<String, Object> getOauth() {
			return this.oauth;
		}

		/**
		 * @param oauth the account's OAuth settings
		 */
		public void setOauth(@Nullable Map<String, Object> oauth) {
			this.oauth = oauth;
		}

		/**
		 * @return the account's rate-limit budgets
		 */
		public @Nullable Map<String, Object> getRateLimit() {
			return this.rateLimit;
		}

		/**
		 * @param rateLimit the account's rate-limit budgets
		 */
		public void setRateLimit(@Nullable Map<String, Object> rateLimit) {
			this.rateLimit = rateLimit;
		}

		/**
		 * @return the account's webhook settings
		 */
		public @Nullable Map<String, Object> getWebhooks() {
			return this.webhooks;
		}

		/**
		 * @param webhooks the account's webhook settings
		 */
		public void setWebhooks(@Nullable Map<String, Object> webhooks) {
			this.webhooks = webhooks;
		}

	}

}
