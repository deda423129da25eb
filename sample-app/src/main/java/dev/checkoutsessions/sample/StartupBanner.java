package dev.checkoutsessions.sample;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.checkoutsessions.emulator.SessionsEmulator;

/**
 * One log line that says which Checkout.com the sample talks to and where to open it.
 * Logged once the server listens, so the URL carries the real port.
 */
@Component
class StartupBanner implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger logger = LoggerFactory.getLogger(StartupBanner.class);

	private final ObjectProvider<SessionsEmulator> emulator;

	private final Environment environment;

	StartupBanner(ObjectProvider<SessionsEmulator> emulator, Environment environment) {
		this.emulator = emulator;
		this.environment = environment;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() != null) {
			return; // a separate management server, not the page
		}
		String open = "open http://localhost:" + event.getWebServer().getPort() + "/";
		SessionsEmulator embedded = emulator.getIfAvailable();
		if (embedded != null) {
			logger.info("No Checkout.com keys configured: using the embedded Sessions emulator at {} — {}",
					embedded.baseUrl(), open);
		}
		else {
			logger.info("Checkout.com keys configured: using the {} environment — {}",
					environment.getProperty("checkout.environment", "sandbox"), open);
		}
	}

}
