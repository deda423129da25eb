package dev.checkoutsessions.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The library version, from a resource Maven filters at build time (works from a jar and
 * from classes).
 */
final class ClientVersion {

	static final String USER_AGENT = "checkout-sessions-client/" + read() + " (Java/"
			+ System.getProperty("java.version") + ")";

	private ClientVersion() {
	}

	private static String read() {
		try (InputStream in = ClientVersion.class.getResourceAsStream("version.properties")) {
			Properties properties = new Properties();
			if (in != null) {
				properties.load(in);
			}
			return properties.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
