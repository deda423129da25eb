package dev.checkoutsessions.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.checkoutsessions.client.CheckoutAccount;
import dev.checkoutsessions.client.CheckoutApiException;
import dev.checkoutsessions.client.CheckoutTransport;
import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.ResolvingSessionsClients;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The "Without Spring Boot" block of docs/accounts.md is the body of {@link #accounts},
 * as printed, and runs against an emulator serving two configured accounts and a
 * platform's merchant.
 */
class AccountsWithoutSpringBootDocsTests {

	private static final String PAGE = "docs/accounts.md";

	private static final String MARKER = "<!-- checked-by: AccountsWithoutSpringBootDocsTests -->";

	@Test
	void theBlockIsTheCodeBelowAsPrinted() throws IOException {
		assertThat(block()).isEqualTo(snippet());
	}

	@Test
	void configuredAndResolvedAccountsEachReachOnlyTheirOwnSessions() {
		try (SessionsEmulator emulator = SessionsEmulator.builder()
			.account("eu")
			.account("us")
			.account("m-42")
			.start()) {
			CheckoutAccount eu = account(emulator, "eu");
			CheckoutAccount us = account(emulator, "us");
			Merchants merchants = new Merchants(Map.of("m-42", account(emulator, "m-42").withMeterTag("platform")));
			CheckoutTransport transport = CheckoutTransport.create(ClientSettings.defaults());
			try (ResolvingSessionsClients clients = accounts(transport, eu, us, merchants)) {
				String created = clients.get("m-42").requestSession(request()).getSession().getId();
				assertThat(emulator.session(created).orElseThrow().account()).isEqualTo("m-42");
				assertThat(clients.defaultClient()).isSameAs(clients.get("eu"));
				assertThatExceptionOfType(CheckoutApiException.class)
					.isThrownBy(() -> clients.get("us").getSessionDetails(created));
				clients.names().forEach((name) -> clients.get(name).close());
			}
			finally {
				transport.close();
			}
		}
	}

	private static ResolvingSessionsClients accounts(CheckoutTransport transport, CheckoutAccount eu,
			CheckoutAccount us, Merchants merchants) {
		// docs:start
		Function<CheckoutAccount, SessionsClient> newClient = (account) -> {
			return account.applyTo(SessionsClient.builder()).transport(transport).build();
		};
		ResolvingSessionsClients clients = ResolvingSessionsClients.builder(merchants::find, newClient)
			.configured(SessionsClients.of(Map.of("eu", newClient.apply(eu), "us", newClient.apply(us)), "eu"))
			.build();
		// docs:end
		return clients;
	}

	private static CheckoutAccount account(SessionsEmulator emulator, String name) {
		EmulatorAccount account = emulator.account(name);
		return CheckoutAccount.of(account.clientId(), account.clientSecret())
			.withUrls(emulator.baseUrl(), emulator.tokenUrl())
			.withProcessingChannelId(account.processingChannelId())
			.withMeterTag(name);
	}

	private static SessionRequest request() {
		return SessionRequest.builder()
			.source(SessionCardSource.builder().number("4485040371536584").expiryMonth(1).expiryYear(2030).build())
			.amount(100L)
			.currency(Currency.EUR)
			.completion(NonHostedCompletionInfo.builder().callbackUrl("https://shop.example/callback").build())
			.build();
	}

	/**
	 * The page's block, its first line (the transport) aside: the test makes one per run.
	 */
	private static String block() throws IOException {
		String page = Files.readString(RawApi.fixtures().getParent().resolve(Path.of(PAGE)));
		int marker = page.indexOf(MARKER);
		assertThat(marker).as("the marked block in " + PAGE).isNotNegative();
		int start = page.indexOf("```java\n", marker) + "```java\n".length();
		String code = page.substring(start, page.indexOf("```", start));
		String transport = "CheckoutTransport transport = CheckoutTransport.create(ClientSettings.defaults());\n";
		assertThat(code).startsWith(transport);
		return code.substring(transport.length());
	}

	/**
	 * The lines between the markers in this file, one tab level in, tabs as four spaces.
	 */
	private static String snippet() throws IOException {
		String source = Files
			.readString(Path.of("src/test/java/dev/checkoutsessions/emulator/AccountsWithoutSpringBootDocsTests.java"));
		String between = source.substring(source.indexOf("// docs:start\n") + "// docs:start\n".length(),
				source.indexOf("\t\t// docs:end"));
		StringBuilder code = new StringBuilder();
		between.lines()
			.forEach((line) -> code.append(line.replaceFirst("^\t\t", "").replace("\t", "    ")).append('\n'));
		return code.toString();
	}

	/** A platform's store of its merchants' accounts. */
	record Merchants(Map<String, CheckoutAccount> byId) {

		CheckoutAccount find(String id) {
			return this.byId.get(id);
		}

	}

}
