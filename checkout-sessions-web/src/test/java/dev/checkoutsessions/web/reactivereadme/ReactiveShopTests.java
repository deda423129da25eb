package dev.checkoutsessions.web.reactivereadme;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.browser.BrowserStep;
import dev.checkoutsessions.web.readme.DocsPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/webflux.md: its controller, character for character,
 * run as a WebFlux shop on Reactor Netty against the emulator, with BlockHound installed,
 * so a call that blocked an event loop (ours or the controller's) would fail the request.
 */
@Tag("blockhound")
@SpringBootTest(classes = ReactiveShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "checkout.browser.enabled=true",
				"checkout.callback.enabled=true" })
@AutoConfigureSessionsEmulator
class ReactiveShopTests {

	private static final DocsPage PAGE = DocsPage.page("docs/webflux.md");

	@LocalServerPort
	int port;

	@Autowired
	SessionsClient sessions;

	@BeforeAll
	static void failEveryBlockingCallOnAnEventLoop() {
		BlockHound.install();
	}

	@Test
	void theSectionsControllerIsTheOneThisShopRuns() {
		assertThat(PAGE.codeBlock("java")).isEqualTo(DocsPage.javaInShopPackage(ReactivePaySessionsController.class));
	}

	@Test
	void theControllerCompilesInAShopWithoutTheServletApi(@TempDir Path output) throws IOException {
		Path controller = Path.of("src/test/java/dev/checkoutsessions/web/reactivereadme/ReactivePaySessionsController.java");
		Path servletUser = output.resolve("ServletUser.java");
		Files.writeString(servletUser, "class ServletUser { jakarta.servlet.http.HttpServletRequest request; }");

		assertThat(compileWithoutServletApi(output, controller)).as("docs/webflux.md's controller").isEmpty();
		assertThat(compileWithoutServletApi(output, servletUser)).as("the classpath really lacks the servlet API")
			.contains("jakarta.servlet");
	}

	@Test
	void blockHoundIsWatchingTheEventLoops() {
		// Without this the other tests could pass with BlockHound silently absent.
		assertThatThrownBy(() -> Mono.delay(Duration.ofMillis(1)).doOnNext((tick) -> sleep()).block()).satisfiesAnyOf(
				(ex) -> assertThat(ex).isInstanceOf(BlockingOperationError.class),
				(ex) -> assertThat(ex).hasCauseInstanceOf(BlockingOperationError.class));
	}

	@Test
	void browserDataAndCompleteRunWithoutBlockingAnEventLoop() {
		String id = this.sessions.requestSession(SessionRequest.builder()
			.source(SessionCardSource.builder().number("4485040371536584").expiryMonth(12).expiryYear(2030).build())
			.amount(1000L)
			.currency(Currency.of("GBP"))
			.completion(NonHostedCompletionInfo.builder()
				.callbackUrl("http://127.0.0.1:" + this.port + "/checkout/sessions/callback")
				.build())
			.build()).getSession().getId();

		BrowserStep afterData = page().put()
			.uri("/pay/sessions/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON, MediaType.ALL)
			.body(Map.of("java_enabled", false, "language", "en-GB", "color_depth", "24", "screen_height", "1080",
					"screen_width", "1920", "timezone", "-60", "three_ds_method_completion", "Y"))
			.retrieve()
			.body(BrowserStep.class);
		assertThat(afterData.step()).isEqualTo("complete");

		BrowserStep completed = page().post().uri("/pay/sessions/{id}/complete", id).retrieve().body(BrowserStep.class);
		assertThat(completed.step()).isEqualTo("authorise");
	}

	@Test
	void browserDataWithoutItsFieldsAnswersABadRequestNamingTheField() {
		ResponseEntity<String> answer = page().put()
			.uri("/pay/sessions/{id}", "sid_" + "a".repeat(26))
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body(Map.of("language", "en-GB"))
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(String.class);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody()).contains("java_enabled");
	}

	@Test
	void theScriptAndTheNotificationPagesAreServed() {
		ResponseEntity<String> script = page().get().uri("/checkout-sessions/3ds.js").retrieve().toEntity(String.class);
		assertThat(script.getHeaders().getContentType()).hasToString("text/javascript;charset=UTF-8");
		assertThat(script.getBody()).contains("CheckoutSessions3ds");

		String methodData = Base64.getUrlEncoder()
			.encodeToString("{\"threeDSServerTransID\":\"8a1c2d3e-0000-4000-8000-000000000001\"}"
				.getBytes(StandardCharsets.UTF_8));
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("threeDSMethodData", methodData);
		String page = page().post()
			.uri("/checkout-sessions/3ds-method/notification")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(String.class);
		assertThat(page).contains("\"transactionId\":\"8a1c2d3e-0000-4000-8000-000000000001\"");

		String fromQuery = page().get()
			.uri("/checkout-sessions/3ds-method/notification?threeDSMethodData={data}", methodData)
			.retrieve()
			.body(String.class);
		assertThat(fromQuery).contains("\"transactionId\":\"8a1c2d3e-0000-4000-8000-000000000001\"");
	}

	/** The test classpath without the servlet API and Tomcat (which bundles it): javac's messages. */
	private static String compileWithoutServletApi(Path output, Path source) {
		String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !entry.contains("servlet") && !entry.contains("tomcat"))
			.collect(Collectors.joining(File.pathSeparator));
		StringWriter messages = new StringWriter();
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
			javac.getTask(messages, files, null, List.of("-proc:none", "-classpath", classpath, "-d", output.toString()),
					null, files.getJavaFileObjects(source))
				.call();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return messages.toString();
	}

	private RestClient page() {
		return RestClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.defaultHeader("User-Agent", "Mozilla/5.0 (reactive readme test)")
			.build();
	}

	private static void sleep() {
		try {
			Thread.sleep(1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
