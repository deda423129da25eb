package dev.checkoutsessions.web.delivery;

import java.util.Objects;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.web.app.WebTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.mockito.Mockito.mock;

class ReceiverAutoConfigurationTests {

	private static final AutoConfigurations RECEIVERS = AutoConfigurations.of(
			DeliveryDeduplicationAutoConfiguration.class, SessionCallbackAutoConfiguration.class,
			CheckoutWebhooksAutoConfiguration.class, CheckoutWebSanitizingAutoConfiguration.class);

	private static final String[] ALL_ON = { "checkout.callback.enabled=true", "checkout.webhooks.enabled=true",
			"checkout.webhooks.signature-key=k" };

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner().withConfiguration(RECEIVERS)
		.withUserConfiguration(ClientConfiguration.class);

	@Test
	void offByDefault() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(SessionCallbackReceiver.class)
			.doesNotHaveBean(WebhookReceiver.class)
			.doesNotHaveBean(DeliveryDeduplicator.class));
	}

	@Test
	void callbackReceiverWhenSwitchedOnWithAnInMemoryStoreWithoutDataSource() {
		this.runner.withPropertyValues("checkout.callback.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(SessionCallbackReceiver.class)
				.doesNotHaveBean(WebhookReceiver.class)
				.getBean(DeliveryDeduplicator.class)
				.isInstanceOf(InMemoryDeliveryDeduplicator.class));
	}

	@Test
	void webhookReceiverWhenSwitchedOnWithAKey() {
		this.runner.withPropertyValues("checkout.webhooks.enabled=true", "checkout.webhooks.signature-key=k")
			.run((context) -> assertThat(context).hasSingleBean(WebhookReceiver.class)
				.doesNotHaveBean(SessionCallbackReceiver.class));
	}

	@Test
	void servedByWebFluxInReactiveApplications() {
		new ReactiveWebApplicationContextRunner().withConfiguration(RECEIVERS)
			.withUserConfiguration(ClientConfiguration.class)
			.withPropertyValues(ALL_ON)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(ReactiveCallbackEndpoint.class)
				.hasSingleBean(ReactiveWebhookEndpoint.class)
				.doesNotHaveBean(ServletCallbackEndpoint.class)
				.doesNotHaveBean(ServletWebhookEndpoint.class));
	}

	@Test
	void servedBySpringMvcInServletApplications() {
		this.runner.withPropertyValues(ALL_ON)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(ServletCallbackEndpoint.class)
				.hasSingleBean(ServletWebhookEndpoint.class)
				.doesNotHaveBean(ReactiveCallbackEndpoint.class)
				.doesNotHaveBean(ReactiveWebhookEndpoint.class));
	}

	@Test
	void aReceiverSwitchedOnInAnApplicationThatServesNoHttpStopsStartupNamingTheProperty() {
		new ApplicationContextRunner().withConfiguration(RECEIVERS)
			.withUserConfiguration(ClientConfiguration.class)
			.withPropertyValues("checkout.webhooks.enabled=true", "checkout.webhooks.signature-key=k")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("'checkout.webhooks.enabled'")
					.contains("not a web application");
				assertThat(analysis.getAction()).contains("Set 'checkout.webhooks.enabled' to false");
			});
	}

	@Test
	void aReceiverSwitchedOnInAServletApplicationWithoutSpringMvcStopsStartupNamingTheProperty() {
		this.runner
			.withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader(
					org.springframework.web.servlet.DispatcherServlet.class))
			.withPropertyValues("checkout.callback.enabled=true")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("'checkout.callback.enabled'").contains("no Spring MVC");
				assertThat(analysis.getAction()).contains("spring-boot-starter-webmvc");
			});
	}

	@Test
	void aReceiverSwitchedOnInAReactiveApplicationWithoutWebFluxStopsStartupNamingTheProperty() {
		new ReactiveWebApplicationContextRunner().withConfiguration(RECEIVERS)
			.withUserConfiguration(ClientConfiguration.class)
			.withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader(
					org.springframework.web.reactive.DispatcherHandler.class))
			.withPropertyValues("checkout.webhooks.enabled=true", "checkout.webhooks.signature-key=k")
			.run((context) -> assertThat(analyze(context.getStartupFailure()).getDescription())
				.contains("'checkout.webhooks.enabled'")
				.contains("no Spring WebFlux"));
	}

	@Test
	void webhooksWithoutASignatureKeyStopStartupNamingTheProperty() {
		this.runner.withPropertyValues("checkout.webhooks.enabled=true").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("'checkout.webhooks.signature-key' is required");
			assertThat(analysis.getAction()).contains("Set 'checkout.webhooks.signature-key'")
				.contains("checkout.webhooks.enabled");
		});
	}

	@Test
	void anUnresolvedPlaceholderKeyIsNotAKey() {
		this.runner
			.withPropertyValues("checkout.webhooks.enabled=true",
					"checkout.webhooks.signature-key=${CHECKOUT_WEBHOOK_KEY}")
			.run((context) -> assertThat(analyze(context.getStartupFailure()).getDescription())
				.contains("checkout.webhooks.signature-key"));
	}

	@Test
	void badSettingsStopStartupNamingTheProperty() {
		expectFailure("checkout.callback.path=callback", "'checkout.callback.path' must be a literal path");
		expectFailure("checkout.callback.answer-within=0s", "'checkout.callback.answer-within' must be a positive");
		expectFailure("checkout.callback.threads=0", "'checkout.callback.threads' must be at least 1");
		expectFailure("checkout.callback.max-body-size=100MB", "'checkout.callback.max-body-size' must be between");
	}

	@Test
	void aDataSourceGivesTheJdbcStoreWithItsTableOnEmbeddedDatabases() {
		this.runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("checkout.callback.enabled=true", "spring.datasource.url=jdbc:h2:mem:autoconfig")
			.run((context) -> {
				assertThat(context).getBean(DeliveryDeduplicator.class).isInstanceOf(JdbcDeliveryDeduplicator.class);
				assertThat(new JdbcTemplate(context.getBean(DataSource.class))
					.queryForObject("SELECT COUNT(*) FROM CHECKOUT_DELIVERIES", Integer.class)).isZero();
			});
	}

	@Test
	void aMissingTableStopsStartupWithTheWaysToCreateIt() {
		this.runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("checkout.callback.enabled=true", "checkout.deduplication.initialize-schema=never",
					"spring.datasource.url=jdbc:h2:mem:notable")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.contains("'checkout.deduplication.table-name' names table CHECKOUT_DELIVERIES, which is missing");
				assertThat(analysis.getAction()).contains("schema-h2.sql")
					.contains("initialize-schema")
					.contains("memory");
			});
	}

	@Test
	void storeMemoryKeepsTheDatabaseOutOfIt() {
		this.runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("checkout.callback.enabled=true", "checkout.deduplication.store=memory",
					"spring.datasource.url=jdbc:h2:mem:memorystore")
			.run((context) -> assertThat(context).getBean(DeliveryDeduplicator.class)
				.isInstanceOf(InMemoryDeliveryDeduplicator.class));
	}

	@Test
	void storeJdbcWithoutADataSourceStopsStartup() {
		this.runner.withPropertyValues("checkout.callback.enabled=true", "checkout.deduplication.store=jdbc")
			.run((context) -> assertThat(analyze(context.getStartupFailure()).getDescription())
				.contains("'checkout.deduplication.store' is jdbc but the application has no single DataSource"));
	}

	@Test
	void backsOffWhenTheApplicationDefinesADeduplicator() {
		this.runner.withUserConfiguration(OwnDeduplicator.class)
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("checkout.webhooks.enabled=true", "checkout.webhooks.signature-key=k",
					"spring.datasource.url=jdbc:h2:mem:own")
			.run((context) -> assertThat(context).getBean(DeliveryDeduplicator.class)
				.isSameAs(context.getBean(OwnDeduplicator.class).deduplicator));
	}

	@Test
	void masksTheSignatureKeyAndAuthorizationValueInEverySpelling() {
		this.runner.run((context) -> {
			SanitizingFunction function = context.getBean("checkoutWebhooksSanitizingFunction",
					SanitizingFunction.class);
			for (String key : List.of("checkout.webhooks.signature-key", "checkout.webhooks.signatureKey",
					"CHECKOUT_WEBHOOKS_SIGNATUREKEY", "checkout.webhooks.authorization-header",
					"checkout.webhooks.authorizationHeader")) {
				assertThat(function.applyUnlessFiltered(new SanitizableData(null, key, "secret-value")).getValue())
					.as(key)
					.isEqualTo(SanitizableData.SANITIZED_VALUE);
			}
			assertThat(
					function.applyUnlessFiltered(new SanitizableData(null, "checkout.webhooks.path", "/x")).getValue())
				.isEqualTo("/x");
		});
	}

	@Test
	void aTableThatCannotTakeAClaimStopsStartupWithTheFix() {
		// Row 2: the old check only selected the columns, so a table whose inserts fail
		// passed at startup and every delivery failed later.
		String url = "jdbc:h2:mem:wrongtable;DB_CLOSE_DELAY=-1";
		new JdbcTemplate(new DriverManagerDataSource(url, "sa", "")).execute("CREATE TABLE CHECKOUT_DELIVERIES ("
				+ "DELIVERY_KEY VARCHAR(200) NOT NULL PRIMARY KEY, CLAIMED_AT VARCHAR(3) NOT NULL)");
		this.runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("checkout.callback.enabled=true", "checkout.deduplication.initialize-schema=never",
					"spring.datasource.url=" + url)
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("'checkout.deduplication.table-name'")
					.contains("CHECKOUT_DELIVERIES");
				assertThat(analysis.getAction()).contains("schema-h2.sql");
			});
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theMemoryStoreSaysOnceAtStartupThatItIsSingleInstanceAndForgetsOnRestart(CapturedOutput output) {
		// Row 5: a fleet or a restart publishes a completion again with this store.
		this.runner
			.withPropertyValues("checkout.callback.enabled=true", "checkout.webhooks.enabled=true",
					"checkout.webhooks.signature-key=k")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output.getOut().split("single instance", -1)).hasSize(2);
				assertThat(output).contains("forgets every claim on restart");
			});
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aStartingApplicationReportsTheMissingKeyWithTheFix(CapturedOutput output) {
		SpringApplication application = new SpringApplication(WebTestApplication.class);
		assertThatException().isThrownBy(() -> application.run("--server.port=0", "--checkout.webhooks.enabled=true",
				"--checkout.base-url=http://127.0.0.1:9", "--checkout.oauth.token-url=http://127.0.0.1:9/connect/token",
				"--checkout.oauth.client-id=ack_test", "--checkout.oauth.client-secret=unused",
				"--spring.main.banner-mode=off"));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("found 1 problem in the checkout.* settings")
			.contains("'checkout.webhooks.signature-key' is required")
			.contains("Action:")
			.contains("checkout.webhooks.signature-key: Set 'checkout.webhooks.signature-key' to the signature key "
					+ "of your webhook");
	}

	private void expectFailure(String property, String message) {
		this.runner.withPropertyValues("checkout.callback.enabled=true", property)
			.run((context) -> assertThat(analyze(context.getStartupFailure()).getDescription()).contains(message));
	}

	/**
	 * What the starter's failure analyzers report: the receivers have none of their own.
	 */
	static FailureAnalysis analyze(Throwable failure) {
		FailureAnalysis analysis = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, null, (type, name, ex) -> {
			})
			.stream()
			.map((analyzer) -> analyzer.analyze(failure))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		assertThat(analysis).as("failure analysis of %s", failure).isNotNull();
		return analysis;
	}

	@Configuration(proxyBeanMethods = false)
	static class ClientConfiguration {

		@Bean
		SessionsClient sessionsClient() {
			return mock(SessionsClient.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnDeduplicator {

		final DeliveryDeduplicator deduplicator = new InMemoryDeliveryDeduplicator(5);

		@Bean
		DeliveryDeduplicator myDeduplicator() {
			return this.deduplicator;
		}

	}

}
