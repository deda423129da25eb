package dev.checkoutsessions.emulator;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar checkout-sessions-emulator-<version>-standalone.jar --port 8089}:
 * serves the emulator on {@code 127.0.0.1} until the process is stopped, for front ends,
 * mobile apps on an emulator or simulator, and services not written for the JVM. It
 * prints the {@code checkout.*} settings that point an application at it.
 *
 * @since 0.1.0
 */
public final class StandaloneEmulator {

	private static final List<String> FLAGS = List.of("--port", "--client-id", "--client-secret",
			"--processing-channel-id");

	private static final String USAGE = """
			usage: java -jar checkout-sessions-emulator-standalone.jar [--port 8089] [--client-id ack_…]
			       [--client-secret …] [--processing-channel-id pc_…]
			  --port                   port on 127.0.0.1 (default 8089, 0 for a free one)
			  --client-id              the OAuth client id to accept (generated when left out)
			  --client-secret          its secret (generated when left out; needs --client-id)
			  --processing-channel-id  the processing channel to accept (generated when left out)""";

	private StandaloneEmulator() {
	}

	/**
	 * Starts the emulator and blocks until the process ends.
	 * @param args the flags of the usage text
	 * @throws InterruptedException when the main thread is interrupted
	 */
	public static void main(String[] args) throws InterruptedException {
		Map<String, String> flags;
		SessionsEmulator emulator;
		try {
			flags = parse(args);
			if (flags.containsKey("--help")) {
				System.out.println(USAGE);
				return;
			}
			emulator = configure(flags).start();
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(USAGE);
			System.exit(2);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			emulator.close();
			stopped.countDown();
		}, "emulator-shutdown"));
		printSettings(emulator, System.out);
		stopped.await();
	}

	static SessionsEmulator.Builder configure(Map<String, String> flags) {
		SessionsEmulator.Builder builder = SessionsEmulator.builder();
		String port = flags.getOrDefault("--port", "8089");
		try {
			builder.port(Integer.parseInt(port));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--port must be a number, was " + port);
		}
		String clientId = flags.get("--client-id");
		String clientSecret = flags.get("--client-secret");
		if (clientSecret != null && clientId == null) {
			throw new IllegalArgumentException("--client-secret needs --client-id");
		}
		if (clientId != null) {
			builder.client(clientId, clientSecret != null ? clientSecret : new Ids().urlSafeSecret());
		}
		String channel = flags.get("--processing-channel-id");
		if (channel != null) {
			builder.processingChannelId(channel);
		}
		return builder;
	}

	/**
	 * The lines to paste into an application's configuration. The secret is printed on
	 * purpose: it is the emulator's own test credential, and the application needs it to
	 * get a token.
	 */
	static void printSettings(SessionsEmulator emulator, PrintStream out) {
		out.println("Checkout.com Sessions emulator listening on " + emulator.baseUrl() + " (Ctrl+C stops it)");
		out.println("checkout.base-url=" + emulator.baseUrl());
		out.println("checkout.oauth.token-url=" + emulator.tokenUrl());
		out.println("checkout.oauth.client-id=" + emulator.clientId());
		out.println("checkout.oauth.client-secret=" + emulator.clientSecret());
		out.println("checkout.processing-channel-id=" + emulator.processingChannelId());
		out.flush();
	}

	private static Map<String, String> parse(String[] args) {
		Map<String, String> flags = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if ("--help".equals(arg) || "-h".equals(arg)) {
				flags.put("--help", "");
				continue;
			}
			String name = arg;
			String value;
			int equals = arg.indexOf('=');
			if (equals > 0) {
				name = arg.substring(0, equals);
				value = arg.substring(equals + 1);
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				throw new IllegalArgumentException(arg + " needs a value");
			}
			if (!FLAGS.contains(name)) {
				throw new IllegalArgumentException("unknown option " + name);
			}
			flags.put(name, value);
		}
		return flags;
	}

}
