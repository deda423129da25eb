package dev.checkoutsessions.sample;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import dev.checkoutsessions.emulator.SessionsEmulator;

/**
 * Where Checkout.com can reach this sample. The embedded emulator calls the running
 * server on this machine; the real API needs a public https URL
 * ({@code sample.public-url}, e.g. a tunnel). Without either (real keys and no public
 * URL, or no server, as under MockMvc) sessions get no {@code callback_url} and the page
 * reads the result itself.
 */
@Component
class SampleCallbacks {

	private final ObjectProvider<SessionsEmulator> emulator;

	private final Environment environment;

	SampleCallbacks(ObjectProvider<SessionsEmulator> emulator, Environment environment) {
		this.emulator = emulator;
		this.environment = environment;
	}

	/**
	 * The {@code callback_url} for a session created in the current request, or
	 * {@code null} when none can work.
	 */
	String callbackUrl() {
		if (!environment.getProperty("checkout.callback.enabled", Boolean.class, false)) {
			return null;
		}
		String path = environment.getProperty("checkout.callback.path", "/checkout/sessions/callback");
		String publicUrl = environment.getProperty("sample.public-url");
		if (StringUtils.hasText(publicUrl)) {
			return publicUrl.replaceAll("/$", "") + path;
		}
		String port = environment.getProperty("local.server.port");
		if (emulator.getIfAvailable() == null || port == null) {
			return null;
		}
		// The emulator runs on this machine and calls this server directly, whatever host
		// the browser used.
		return "http://127.0.0.1:" + port
				+ environment.getProperty("server.servlet.context-path", "").replaceAll("/$", "") + path;
	}

	/**
	 * Whether the page can wait for the completion event instead of reading the result.
	 */
	boolean completionEvents() {
		return callbackUrl() != null;
	}

	/** Whether signed webhooks tell the page when authentication ends. */
	boolean webhookEvents() {
		return environment.getProperty("checkout.webhooks.enabled", Boolean.class, false);
	}

}
