package dev.checkoutsessions.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.mock.env.MockEnvironment;

import dev.checkoutsessions.emulator.SessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The one startup line that tells a newcomer what the sample talks to and where to open
 * it.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupBannerTests {

	@Test
	void namesTheEmbeddedEmulatorAndThePageUrl(CapturedOutput output) {
		try (SessionsEmulator emulator = SessionsEmulator.start()) {
			StaticListableBeanFactory beans = new StaticListableBeanFactory();
			beans.addBean("sessionsEmulator", emulator);
			new StartupBanner(beans.getBeanProvider(SessionsEmulator.class), new MockEnvironment())
				.onApplicationEvent(serverStartedOn(8080));
			assertThat(output).contains("No Checkout.com keys configured: using the embedded Sessions emulator at "
					+ emulator.baseUrl() + " — open http://localhost:8080/");
		}
	}

	@Test
	void namesTheConfiguredEnvironmentWhenKeysAreSet(CapturedOutput output) {
		new StartupBanner(new StaticListableBeanFactory().getBeanProvider(SessionsEmulator.class),
				new MockEnvironment().withProperty("checkout.environment", "sandbox"))
			.onApplicationEvent(serverStartedOn(9090));
		assertThat(output)
			.contains("Checkout.com keys configured: using the sandbox environment — open " + "http://localhost:9090/");
	}

	private static WebServerInitializedEvent serverStartedOn(int port) {
		WebServer server = mock(WebServer.class);
		given(server.getPort()).willReturn(port);
		WebServerApplicationContext context = mock(WebServerApplicationContext.class);
		WebServerInitializedEvent event = mock(WebServerInitializedEvent.class);
		given(event.getWebServer()).willReturn(server);
		given(event.getApplicationContext()).willReturn(context);
		return event;
	}

}
