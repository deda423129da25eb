package dev.checkoutsessions.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLException;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.checkoutsessions.client.CheckoutApiException;
import dev.checkoutsessions.client.CheckoutException;
import dev.checkoutsessions.client.SessionsClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code checkout.http.ssl.bundle} against an HTTPS WireMock server whose self-signed
 * certificate is generated for the test run.
 */
class SslBundleTests {

	private static final String PASSWORD = "changeit-test";

	@TempDir
	static Path tls;

	private static WireMockServer wireMock;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ImperativeHttpClientAutoConfiguration.class,
				SslAutoConfiguration.class, RestClientAutoConfiguration.class, SessionsClientAutoConfiguration.class))
		.withPropertyValues("checkout.oauth.client-id=ack_test", "checkout.oauth.client-secret=s3cr3t",
				"checkout.retry.enabled=false");

	@BeforeAll
	static void startHttpsWireMock() throws Exception {
		Path keystore = tls.resolve("server.p12");
		keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
				"CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore",
				keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
		keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keystore.toString(), "-storepass", PASSWORD,
				"-file", tls.resolve("server.pem").toString());
		wireMock = new WireMockServer(wireMockConfig().httpDisabled(true)
			.dynamicHttpsPort()
			.bindAddress("127.0.0.1")
			.keystorePath(keystore.toString())
			.keystorePassword(PASSWORD)
			.keyManagerPassword(PASSWORD)
			.keystoreType("PKCS12"));
		wireMock.start();
		wireMock.stubFor(post("/connect/token")
			.willReturn(okJson("{\"access_token\":\"tok\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
		wireMock.stubFor(get("/sessions/sid_tls").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody(SessionsClientAutoConfigurationTests.SESSION_ERROR)));
	}

	@AfterAll
	static void stopWireMock() {
		wireMock.stop();
	}

	private static void keytool(String... args) throws Exception {
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
	}

	private ApplicationContextRunner againstHttpsWireMock() {
		String url = "https://localhost:" + wireMock.httpsPort();
		return this.contextRunner.withPropertyValues("checkout.base-url=" + url,
				"checkout.oauth.token-url=" + url + "/connect/token");
	}

	@Test
	void bundleTrustingTheServerCertificateLetsTheClientConnect() {
		assertThat(Files.exists(tls.resolve("server.pem"))).isTrue();
		againstHttpsWireMock()
			.withPropertyValues(
					"spring.ssl.bundle.pem.checkout.truststore.certificate=file:" + tls.resolve("server.pem"),
					"checkout.http.ssl.bundle=checkout")
			.run((context) -> {
				SessionsClient client = context.getBean(SessionsClient.class);
				// A 404 answer means the TLS handshake and the token fetch succeeded.
				assertThatExceptionOfType(CheckoutApiException.class)
					.isThrownBy(() -> client.getSessionDetails("sid_tls"))
					.satisfies((ex) -> assertThat(ex.getHttpStatusCode()).isEqualTo(404));
			});
	}

	@Test
	void withoutTheBundleTheHandshakeFails() {
		againstHttpsWireMock().run((context) -> {
			SessionsClient client = context.getBean(SessionsClient.class);
			CheckoutException failure = catchThrowableOfType(CheckoutException.class,
					() -> client.getSessionDetails("sid_tls"));
			assertThat(failure).isNotNull();
			assertThat(failure).hasCauseInstanceOf(Exception.class);
			Throwable cause = failure;
			while (cause != null && !(cause instanceof SSLException)) {
				cause = cause.getCause();
			}
			assertThat(cause).as("SSLException in the cause chain of " + failure).isInstanceOf(SSLException.class);
		});
	}

}
