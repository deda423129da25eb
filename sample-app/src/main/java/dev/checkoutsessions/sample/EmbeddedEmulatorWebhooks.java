package dev.checkoutsessions.sample;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.checkoutsessions.emulator.SessionsEmulator;

/**
 * Once the server listens, points the embedded emulator's signed webhooks at this
 * application's receiver, as a merchant configures the webhook URL in the Checkout.com
 * Dashboard. With real keys there is no embedded emulator and nothing to do.
 */
@Component
class EmbeddedEmulatorWebhooks implements ApplicationListener<WebServerInitializedEvent> {

	private final ObjectProvider<SessionsEmulator> emulator;

	private final Environment environment;

	EmbeddedEmulatorWebhooks(ObjectProvider<SessionsEmulator> emulator, Environment environment) {
		this.emulator = emulator;
		this.environment = environment;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		SessionsEmulator embedded = emulator.getIfAvailable();
		if (embedded == null || event.getApplicationContext().getServerNamespace() != null) {
			return;
		}
		String contextPath = environment.getProperty("server.servlet.context-path", "").replaceAll("/$", "");
		embedded.webhooks()
			.deliverTo(
					"http://127.0.0.1:" + event.getWebServer().getPort() + contextPath
							+ environment.getProperty("checkout.webhooks.path", "/checkout/webhooks"),
					environment.getRequiredProperty(EmbeddedEmulatorEnvironmentPostProcessor.SIGNATURE_KEY_PROPERTY));
	}

}
