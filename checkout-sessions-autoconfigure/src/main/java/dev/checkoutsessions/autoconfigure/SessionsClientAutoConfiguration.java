package dev.checkoutsessions.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.observation.ObservationRestClientCustomizer;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;

import dev.checkoutsessions.client.CheckoutAccountResolver;
import dev.checkoutsessions.client.CheckoutTransport;
import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.RateLimiter;
import dev.checkoutsessions.client.ResolvingSessionsClients;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.client.observation.OAuthTokenObservationConvention;
import dev.checkoutsessions.client.observation.SessionsMeterFilter;
import dev.checkoutsessions.client.observation.SessionsObservationConvention;

/**
 * Auto-configuration of the Checkout.com Sessions {@link SessionsClient}.
 *
 * <p>
 * Boot's {@code http.client.requests} observation applies to the client's requests; the
 * application's own {@code RestClientCustomizer}s only when
 * {@code checkout.http.apply-application-customizers} says so, since they would see card
 * data. The client gets a request factory of its own, built from the application's
 * {@link ClientHttpRequestFactoryBuilder} with the {@code checkout.http.*} timeouts and
 * SSL bundle: a shared {@code ClientHttpRequestFactory} would silently ignore them. Every
 * setting is checked before the client is built, so a bad configuration fails at startup
 * with every problem and its property listed at once
 * ({@link InvalidCheckoutSettingsFailureAnalyzer}).
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration")
@ConditionalOnClass({ SessionsClient.class, RestClient.class, ClientHttpRequestFactoryBuilder.class })
@EnableConfigurationProperties(CheckoutProperties.class)
public final class SessionsClientAutoConfiguration {

	private static final boolean MICROMETER_CORE_PRESENT = ClassUtils.isPresent(
			"io.micrometer.core.instrument.MeterRegistry", SessionsClientAutoConfiguration.class.getClassLoader());

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean({ SessionsClient.class, SessionsClients.class })
	static class SessionsClientConfiguration {

		/**
		 * The client's settings, mapped from the properties once per context after every
		 * startup check passed.
		 */
		@Bean
		ClientSettings checkoutClientSettings(CheckoutProperties properties,
				CheckoutConnectionDetails connectionDetails, BeanFactory beanFactory, Environment environment) {
			return CheckoutSettingsCheck.verify(environment, properties, connectionDetails, classLoader(beanFactory));
		}

		@Bean
		CheckoutRequestFactory checkoutRequestFactory(CheckoutProperties properties, ClientSettings settings,
				ObjectProvider<ClientHttpRequestFactoryBuilder<?>> factoryBuilder,
				ObjectProvider<SslBundles> sslBundles) {
			HttpClientSettings httpSettings = HttpClientSettings.defaults()
				.withTimeouts(settings.connectTimeout(), settings.readTimeout())
				// A redirect must never carry the Authorization header to another host.
				.withRedirects(HttpRedirects.DONT_FOLLOW);
			String bundleName = properties.getHttp().getSsl().getBundle();
			if (bundleName != null && !bundleName.isBlank()) {
				httpSettings = httpSettings.withSslBundle(sslBundle(sslBundles.getIfAvailable(), bundleName));
			}
			// The application's builder keeps spring.http.clients.imperative.factory and
			// virtual threads working.
			ClientHttpRequestFactoryBuilder<?> builder = factoryBuilder
				.getIfAvailable(ClientHttpRequestFactoryBuilder::detect);
			ConnectionPools.Sized sized = ConnectionPools.size(builder, settings);
			return new CheckoutRequestFactory(sized.builder().build(httpSettings),
					sized.pooled() ? settings.maxConnections() : 0, sized.pool());
		}

		@Bean
		@ConditionalOnMissingBean(CheckoutConnectionDetails.class)
		PropertiesCheckoutConnectionDetails checkoutConnectionDetails(CheckoutProperties properties) {
			return new PropertiesCheckoutConnectionDetails(properties);
		}

		/**
		 * One client per account, on one transport: the accounts share the connection
		 * pool and the async executor, and each has its own token, rate limit and recent
		 * calls. With a {@link CheckoutAccountResolver}, accounts it finds are built on
		 * first use on the same transport, cached, and closed when idle or changed.
		 */
		@Bean
		SessionsClients checkoutSessionsClients(CheckoutProperties properties, ClientSettings settings,
				CheckoutConnectionDetails connectionDetails, CheckoutRequestFactory requestFactory,
				ObjectProvider<RestClient.Builder> restClientBuilder,
				ObjectProvider<RestClientCustomizer> restClientCustomizers,
				ObjectProvider<ObservationRegistry> observationRegistry,
				ObjectProvider<SessionsObservationConvention> observationConvention,
				ObjectProvider<OAuthTokenObservationConvention> tokenObservationConvention,
				ObjectProvider<SessionsClientCustomizer> customizers, ObjectProvider<RateLimiter> rateLimiter,
				ObjectProvider<CheckoutRateLimiters> rateLimiters, ObjectProvider<CheckoutAccountResolver> resolver,
				BeanFactory beanFactory) {
			CheckoutTransport transport = CheckoutTransport.of(requestFactory.get(), requestFactory.maxConnections());
			AccountClientFactory factory = new AccountClientFactory(settings, properties.isAllowPlainHttpToAnyHost(),
					transport,
					AccountClientFactory.shared(observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP),
							observationConvention.getIfUnique(), tokenObservationConvention.getIfUnique(),
							MICROMETER_CORE_PRESENT ? MeterRegistryLookup.find(beanFactory) : null,
							restClientBuilder(properties, restClientBuilder, restClientCustomizers),
							customizers.orderedStream().toList()),
					AccountClientFactory.inherited(properties, connectionDetails), rateLimiter, rateLimiters);
			try {
				return clients(properties, connectionDetails, factory, resolver.getIfUnique(), transport);
			}
			catch (RuntimeException ex) {
				// The clients built so far own nothing but what the transport holds.
				transport.close();
				throw ex;
			}
		}

		private static CheckoutSessionsClients clients(CheckoutProperties properties,
				CheckoutConnectionDetails connectionDetails, AccountClientFactory factory,
				@Nullable CheckoutAccountResolver resolver, CheckoutTransport transport) {
			Map<String, SessionsClient> clients = new LinkedHashMap<>();
			for (ConfiguredAccount account : ConfiguredAccount.all(properties, connectionDetails)) {
				clients.put(account.name(), factory.configured(account));
			}
			SessionsClients configured = SessionsClients.of(clients, ConfiguredAccount.defaultName(properties));
			if (resolver == null) {
				return new CheckoutSessionsClients(configured, transport);
			}
			CheckoutProperties.ResolvedAccounts cache = properties.getResolvedAccounts();
			ResolvingSessionsClients resolving = ResolvingSessionsClients.builder(resolver, factory::resolved)
				.configured(configured)
				.idleTimeout(cache.getIdleTimeout())
				.maxAccounts(cache.getMaxAccounts())
				.build();
			return new CheckoutSessionsClients(resolving, IdleAccountsSweep.start(resolving, cache.getIdleTimeout()),
					transport);
		}

		/**
		 * The client of the default account; closed with the others by
		 * {@link #checkoutSessionsClients}.
		 */
		@Bean(destroyMethod = "")
		@Conditional(OnDefaultAccountCondition.class)
		SessionsClient sessionsClient(SessionsClients checkoutSessionsClients) {
			return checkoutSessionsClients.defaultClient();
		}

		/**
		 * What the client's RestClient starts from. The application's builder carries
		 * every RestClientCustomizer and interceptor of the application, which would see
		 * card numbers and the client secret, so it is used only when asked for;
		 * otherwise Boot's observation customizer alone, or nothing (the client then
		 * observes with Spring's default convention).
		 */
		private static RestClient.@Nullable Builder restClientBuilder(CheckoutProperties properties,
				ObjectProvider<RestClient.Builder> application, ObjectProvider<RestClientCustomizer> customizers) {
			if (properties.getHttp().isApplyApplicationCustomizers()) {
				return application.getIfAvailable(RestClient::builder);
			}
			List<RestClientCustomizer> observation = customizers.orderedStream()
				.filter(ObservationRestClientCustomizer.class::isInstance)
				.toList();
			if (observation.isEmpty()) {
				return null;
			}
			RestClient.Builder builder = RestClient.builder();
			observation.forEach((customizer) -> customizer.customize(builder));
			return builder;
		}

		private static ClassLoader classLoader(BeanFactory beanFactory) {
			ClassLoader classLoader = (beanFactory instanceof ConfigurableBeanFactory configurable)
					? configurable.getBeanClassLoader() : null;
			return (classLoader != null) ? classLoader : SessionsClientAutoConfiguration.class.getClassLoader();
		}

		private static org.springframework.boot.ssl.SslBundle sslBundle(@Nullable SslBundles sslBundles, String name) {
			String fix = "Define the bundle under 'spring.ssl.bundle.jks.<name>' or 'spring.ssl.bundle.pem.<name>', "
					+ "or set 'checkout.http.ssl.bundle' to the name of an existing bundle.";
			if (sslBundles == null) {
				throw new InvalidCheckoutSettingsException(List.of(new CheckoutSettingsCheck.Problem(
						"checkout.http.ssl.bundle",
						"names SSL bundle '" + name + "' but no SSL bundles are available in the application context",
						fix)));
			}
			try {
				return sslBundles.getBundle(name);
			}
			catch (NoSuchSslBundleException ex) {
				throw new InvalidCheckoutSettingsException(List.of(new CheckoutSettingsCheck.Problem(
						"checkout.http.ssl.bundle", "names SSL bundle '" + name + "', which does not exist", fix)));
			}
		}

	}

	/**
	 * Warms every client bean, the application's own included, once the application is
	 * ready; see {@link CheckoutWarmUp}.
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "checkout.warm-up.enabled", matchIfMissing = true)
	static CheckoutWarmUp checkoutWarmUp(ObjectProvider<SessionsClient> clients,
			ObjectProvider<SessionsClients> accounts, CheckoutProperties properties) {
		return new CheckoutWarmUp(clients, accounts, properties.getWarmUp().getTimeout());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterFilter.class)
	static class CheckoutMetricsConfiguration {

		/**
		 * Boot applies {@code MeterFilter} beans to every registry before the first
		 * meter: no duplicate retry counter from the observation's {@code retry} event,
		 * no {@code error} tag beside {@code error.type}, and a description (Prometheus
		 * {@code # HELP}) for every Checkout meter.
		 */
		@Bean
		@ConditionalOnMissingBean
		SessionsMeterFilter checkoutSessionsMeterFilter() {
			return new SessionsMeterFilter();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
	static class CheckoutSanitizingConfiguration {

		/**
		 * Masks the client secrets and the accounts' webhook keys in
		 * {@code /actuator/env} and {@code /actuator/configprops} even where an
		 * application shows values, whatever the key's spelling
		 * ({@code checkout.oauth.client-secret}, {@code checkout.oauth.clientSecret},
		 * {@code CHECKOUT_OAUTH_CLIENTSECRET},
		 * {@code checkout.accounts.eu.oauth.client-secret},
		 * {@code checkout.accounts.eu.webhooks.signature-keys[0]}...).
		 */
		@Bean
		@ConditionalOnMissingBean(name = "checkoutSanitizingFunction")
		SanitizingFunction checkoutSanitizingFunction() {
			return SanitizingFunction.sanitizeValue().ifKeyMatches(SessionsClientAutoConfiguration::isSecret);
		}

	}

	/**
	 * The client's own request factory, held by a bean of a type nobody else injects so
	 * that it is closed with the context (the client never closes a factory it was given)
	 * without publishing a generic {@link ClientHttpRequestFactory} bean.
	 */
	static final class CheckoutRequestFactory implements DisposableBean {

		private final ClientHttpRequestFactory requestFactory;

		private final int maxConnections;

		private final @Nullable AutoCloseable pool;

		CheckoutRequestFactory(ClientHttpRequestFactory requestFactory, int maxConnections,
				@Nullable AutoCloseable pool) {
			this.requestFactory = requestFactory;
			this.maxConnections = maxConnections;
			this.pool = pool;
		}

		ClientHttpRequestFactory get() {
			return this.requestFactory;
		}

		/**
		 * The pool size applied, 0 when the transport has no pool limit (JDK, simple).
		 */
		int maxConnections() {
			return this.maxConnections;
		}

		@Override
		public void destroy() throws Exception {
			if (this.requestFactory instanceof DisposableBean disposable) {
				disposable.destroy();
			}
			else if (this.requestFactory instanceof AutoCloseable closeable) {
				closeable.close();
			}
			if (this.pool != null) {
				this.pool.close();
			}
		}

	}

	/**
	 * Whether a property holds a secret of an account, the top-level one or one of
	 * {@code checkout.accounts}: its key with everything but letters dropped, so that
	 * account names, indices and separators do not matter.
	 */
	static boolean isSecret(String key) {
		String letters = key.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
		return letters.startsWith("checkout") && (letters.endsWith("oauthclientsecret")
				|| letters.endsWith("webhookssignaturekeys") || letters.endsWith("webhooksauthorizationheader"));
	}

	/** Isolates the micrometer-core reference so the class loads without it. */
	private static final class MeterRegistryLookup {

		static @Nullable Object find(BeanFactory beanFactory) {
			return beanFactory.getBeanProvider(MeterRegistry.class).getIfUnique();
		}

	}

}
