package dev.checkoutsessions.web.readme;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ByteArrayResource;

import dev.checkoutsessions.client.CheckoutAccount;
import dev.checkoutsessions.client.CheckoutAccountResolver;
import dev.checkoutsessions.client.CheckoutApiException;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClientDiagnostics;
import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.client.UnknownCheckoutAccountException;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.emulator.EmulatorAccount;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.web.delivery.Deliveries;
import dev.checkoutsessions.web.delivery.WebhookSignature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The README's "Several accounts" blocks and those of docs/accounts.md, run as printed: the
 * YAML is an application's configuration, its placeholders filled with the credentials of
 * two accounts of the emulator, whose top-level URLs every account inherits.
 */
class AccountsDocsTests {

	private static final DocsPage README = DocsPage.readme().section("Several accounts");

	private static final DocsPage PAGE = DocsPage.page("docs/accounts.md");

	private SessionsEmulator emulator;

	@BeforeEach
	void startEmulator() {
		this.emulator = SessionsEmulator.builder().account("eu").account("us").start();
	}

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	@Test
	void theReadmeAccountsAreTwoClientsAndTheDefaultIsTheSessionsClientBean() {
		try (ConfigurableApplicationContext shop = start(README.codeBlock("yaml"))) {
			SessionsClients clients = shop.getBean(SessionsClients.class);
			assertThat(clients.names()).containsExactly("eu", "us");
			assertThat(shop.getBean(SessionsClient.class)).isSameAs(clients.get("eu"));
			String eu = clients.get("eu").requestSession(request()).getSession().getId();
			assertThat(this.emulator.session(eu).orElseThrow().account()).isEqualTo("eu");
			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> clients.get("us").getSessionDetails(eu))
				.satisfies((ex) -> assertThat(ex.getHttpStatusCode()).isEqualTo(404));
		}
	}

	@Test
	void thePagesAccountsInheritWhatTheyDoNotSetAndKeepTheirOwnBudget() {
		try (ConfigurableApplicationContext shop = start(PAGE.codeBlock("yaml"))) {
			SessionsClients clients = shop.getBean(SessionsClients.class);
			assertThat(clients.names()).containsExactly("eu", "us");
			assertThat(shop.getBeanNamesForType(SessionsClient.class)).isEmpty();
			Map<String, Object> eu = ((SessionsClientDiagnostics) clients.get("eu")).limits();
			Map<String, Object> us = ((SessionsClientDiagnostics) clients.get("us")).limits();
			assertThat(eu).containsEntry("callTimeout", "PT10S");
			assertThat(us).containsEntry("callTimeout", "PT10S");
			assertThat(eu.get("rateLimit").toString()).contains("writesPerSecond=100");
			assertThat(us.get("rateLimit").toString()).contains("writesPerSecond=50");
			clients.get("us").requestSession(request());
		}
	}

	@Test
	void theReadmeResolverIsTheBeanBelowAsPrintedAndReachesAMerchantsOwnSessions() throws IOException {
		assertThat(README.codeBlock("java")).isEqualTo(snippet());
		EmulatorAccount merchant = this.emulator.account("us");
		Map<String, Object> properties = connection();
		properties.put("checkout.oauth.client-id", this.emulator.clientId());
		properties.put("checkout.oauth.client-secret", this.emulator.clientSecret());
		try (ConfigurableApplicationContext shop = new SpringApplicationBuilder(Shop.class, PlatformAccounts.class)
			.initializers((context) -> context.getEnvironment()
				.getPropertySources()
				.addLast(new MapPropertySource("test", properties)))
			.run()) {
			shop.getBean(InMemoryMerchants.class)
				.add("m-42", new Merchant(merchant.clientId(), merchant.clientSecret(), merchant.processingChannelId()));
			SessionsClients clients = shop.getBean(SessionsClients.class);
			String created = clients.get("m-42").requestSession(request()).getSession().getId();
			assertThat(this.emulator.session(created).orElseThrow().account()).isEqualTo("us");
			assertThat(clients.get("m-42")).isSameAs(clients.get("m-42"));
			assertThatExceptionOfType(UnknownCheckoutAccountException.class).isThrownBy(() -> clients.get("m-7"));
		}
	}

	@Test
	void aKeyBeingRotatedVerifiesWithTheNewAndTheOldKeyAtTheAccountsOwnPathOnly() {
		String newKey = "eu-new-signature-key";
		String oldKey = this.emulator.account("eu").signatureKey();
		Map<String, Object> extra = new LinkedHashMap<>();
		extra.put("CHECKOUT_EU_WEBHOOK_KEYS", newKey + "," + oldKey);
		extra.put("checkout.webhooks.enabled", true);
		extra.put("spring.main.web-application-type", "servlet");
		extra.put("server.port", 0);
		extra.put("server.address", "127.0.0.1");
		try (ConfigurableApplicationContext shop = start(PAGE.codeBlock("yaml"), extra)) {
			String webhooks = "http://127.0.0.1:" + shop.getEnvironment().getProperty("local.server.port")
					+ "/checkout/webhooks/";
			assertThat(postEvent(webhooks + "eu", newKey).statusCode()).isEqualTo(200);
			assertThat(postEvent(webhooks + "eu", oldKey).statusCode()).isEqualTo(200);
			assertThat(postEvent(webhooks + "us", oldKey).statusCode()).isEqualTo(401);
		}
	}

	private static HttpResponse<String> postEvent(String url, String key) {
		String body = "{\"id\":\"evt_" + UUID.randomUUID().toString().replace("-", "")
				+ "\",\"type\":\"authentication_approved\",\"created_on\":\"" + Instant.now()
				+ "\",\"data\":{\"session_id\":\"sid_docs\"}}";
		return Deliveries.post(url, "application/json", body, "Cko-Signature", WebhookSignature.sign(key, body));
	}

	private ConfigurableApplicationContext start(String yaml) {
		return start(yaml, Map.of());
	}

	private ConfigurableApplicationContext start(String yaml, Map<String, Object> extra) {
		Map<String, Object> properties = connection();
		properties.putAll(extra);
		return new SpringApplicationBuilder(Shop.class).initializers((context) -> {
			context.getEnvironment().getPropertySources().addFirst(yaml(yaml));
			context.getEnvironment().getPropertySources().addLast(new MapPropertySource("test", properties));
		}).run();
	}

	private Map<String, Object> connection() {
		Map<String, Object> properties = new LinkedHashMap<>();
		// The hosts are inherited from the top level by every account that sets none.
		properties.put("checkout.base-url", this.emulator.baseUrl());
		properties.put("checkout.oauth.token-url", this.emulator.tokenUrl());
		properties.put("checkout.warm-up.enabled", false);
		properties.put("spring.main.web-application-type", "none");
		for (String name : List.of("eu", "us")) {
			EmulatorAccount account = this.emulator.account(name);
			String prefix = "CHECKOUT_" + name.toUpperCase(Locale.ROOT) + "_";
			properties.put(prefix + "KEY_ID", account.clientId());
			properties.put(prefix + "KEY_SECRET", account.clientSecret());
			properties.put(prefix + "CHANNEL", account.processingChannelId());
			properties.put(prefix + "SUBDOMAIN", name + "000001");
			properties.put(prefix + "WEBHOOK_KEYS", account.signatureKey());
		}
		return properties;
	}

	/** The bean method of {@link PlatformAccounts}, as a page prints it. */
	private static String snippet() throws IOException {
		String source = Files.readString(Path.of("src/test/java/dev/checkoutsessions/web/readme/AccountsDocsTests.java"));
		String between = source.substring(source.indexOf("// readme:start\n") + "// readme:start\n".length(),
				source.indexOf("\t\t// readme:end"));
		StringBuilder code = new StringBuilder();
		between.lines()
			.forEach((line) -> code.append(line.replaceFirst("^\t\t", "").replace("\t", "    ")).append('\n'));
		return code.toString();
	}

	private static EnumerablePropertySource<?> yaml(String yaml) {
		try {
			return (EnumerablePropertySource<?>) new YamlPropertySourceLoader()
				.load("docs", new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)))
				.get(0);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static SessionRequest request() {
		return SessionRequest.builder()
			.source(SessionCardSource.builder().number("4485040371536584").expiryMonth(1).expiryYear(2030).build())
			.amount(100L)
			.currency(Currency.EUR)
			.completion(NonHostedCompletionInfo.builder().callbackUrl("https://shop.example/callback").build())
			.build();
	}

	/** The platform's own store of its merchants, as the README's resolver reads it. */
	interface MerchantRepository {

		Optional<Merchant> findById(String id);

	}

	record Merchant(String keyId, String keySecret, String channelId) {
	}

	static final class InMemoryMerchants implements MerchantRepository {

		private final Map<String, Merchant> merchants = new ConcurrentHashMap<>();

		void add(String id, Merchant merchant) {
			this.merchants.put(id, merchant);
		}

		@Override
		public Optional<Merchant> findById(String id) {
			return Optional.ofNullable(this.merchants.get(id));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PlatformAccounts {

		@Bean
		InMemoryMerchants merchantRepository() {
			return new InMemoryMerchants();
		}

		// readme:start
		@Bean
		CheckoutAccountResolver merchants(MerchantRepository merchants) {
			return (id) -> merchants.findById(id)
				.map((m) -> CheckoutAccount.of(m.keyId(), m.keySecret()).withProcessingChannelId(m.channelId()))
				.orElse(null);
		}
		// readme:end

	}

	// Neither a @SpringBootConfiguration nor a @Component: the @SpringBootTest classes of
	// this package must go on finding ReadmeApplication alone.
	@EnableAutoConfiguration
	static class Shop {

	}

}
