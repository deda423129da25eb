package dev.checkoutsessions.emulator;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.github.tomakehurst.wiremock.common.FatalStartupException;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar checkout-sessions-emulator-<version>-standalone.jar --port 8089}:
 * serves the emulator on {@code 127.0.0.1} (or the {@code --host} given) until the
 * process is stopped, for front ends, mobile apps on an emulator or simulator, services
 * not written for the JVM and compose files. It prints the {@code checkout.*} settings
 * that point an application at it, logs one line per request, and sends signed
 * authentication webhooks when given a receiver. Each {@code --account} adds an account
 * with its own client, channel and sessions, printed as the
 * {@code checkout.accounts.<name>.*} settings.
 *
 * @since 0.1.0
 */
public final class StandaloneEmulator {

	private static final List<String> FLAGS = List.of("--port", "--host", "--client-id", "--client-secret",
			"--processing-channel-id", "--webhook-url", "--webhook-key");

	/** The one flag that may be given more than once. */
	private static final String ACCOUNT_FLAG = "--account";

	private static final String USAGE = """
			usage: java -jar checkout-sessions-emulator-standalone.jar [--port 8089] [--host 127.0.0.1]
			       [--client-id ack_…] [--client-secret …] [--processing-channel-id pc_…]
			       [--webhook-url http://…] [--webhook-key …] [--account name[:clientId[:secret]]]…
			  --port                   port to listen on (default 8089, 0 for a free one)
			  --host                   address or name to listen on (default 127.0.0.1; 0.0.0.0 for every
			                           interface); requests must name it, localhost or an IP address as Host
			  --client-id              the OAuth client id to accept (generated when left out)
			  --client-secret          its secret (generated when left out; needs --client-id)
			  --processing-channel-id  the processing channel to accept (generated when left out)
			  --webhook-url            where to POST the authentication webhooks (needs --webhook-key)
			  --webhook-key            the key signing them (Cko-Signature, hex HMAC-SHA256 of the body)
			  --account                another account, with its own client, processing channel and sessions
			                           (repeatable; the client id and secret are generated when left out;
			                           the name is letters, digits, - and _); printed as checkout.accounts.<name>.*
			                           (the flags above configure the default account)""";

	private StandaloneEmulator() {
	}

	/**
	 * Starts the emulator and blocks until the process ends.
	 * @param args the flags of the usage text
	 * @throws InterruptedException when the main thread is interrupted
	 */
	public static void main(String[] args) throws InterruptedException {
		// Before the first logger exists: the provider reads its settings once.
		configureLogging();
		Map<String, String> flags = new LinkedHashMap<>();
		SessionsEmulator emulator;
		try {
			List<String> accounts = parse(args, flags);
			if (flags.containsKey("--help")) {
				System.out.println(USAGE);
				return;
			}
			SessionsEmulator.Builder builder = configure(flags, accounts);
			WebhookReceiver receiver = webhookReceiver(flags);
			emulator = start(builder, flags);
			if (receiver != null) {
				emulator.webhooks().deliverToAnyHost(receiver.url(), receiver.signatureKey(), null);
			}
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
		warnWhenReachableFromOtherMachines(flags.getOrDefault("--host", "127.0.0.1"), emulator);
		printSettings(emulator, System.out);
		stopped.await();
	}

	static SessionsEmulator.Builder configure(Map<String, String> flags) {
		return configure(flags, List.of());
	}

	/**
	 * The builder for these flags and {@code --account} values
	 * ({@code name[:clientId[:secret]]}).
	 */
	static SessionsEmulator.Builder configure(Map<String, String> flags, List<String> accounts) {
		SessionsEmulator.Builder builder = SessionsEmulator.builder().logRequests(true);
		String port = flags.getOrDefault("--port", "8089");
		try {
			builder.port(Integer.parseInt(port));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--port must be a number, was " + port);
		}
		String host = flags.get("--host");
		if (host != null) {
			if (host.isBlank()) {
				throw new IllegalArgumentException("--host must not be blank (leave it out for 127.0.0.1)");
			}
			builder.host(host);
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
		accounts.forEach((account) -> addAccount(builder, account));
		return builder;
	}

	/**
	 * {@code name}, {@code name:clientId} or {@code name:clientId:secret}; the secret is
	 * everything after the second colon, so it may contain colons.
	 */
	private static void addAccount(SessionsEmulator.Builder builder, String spec) {
		String[] parts = spec.split(":", 3);
		try {
			if (parts.length == 1) {
				builder.account(parts[0]);
			}
			else {
				String secret = (parts.length == 3) ? parts[2] : new Ids().urlSafeSecret();
				builder.account(parts[0], parts[1], secret);
			}
		}
		catch (IllegalArgumentException ex) {
			// The builder's message names the part at fault; the flag's value is not
			// repeated, it may hold a secret.
			throw new IllegalArgumentException("--account " + parts[0] + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Starts the emulator; a port in use or a host that is not this machine's becomes a
	 * message naming the flags rather than WireMock's stack trace.
	 */
	static SessionsEmulator start(SessionsEmulator.Builder builder, Map<String, String> flags) {
		try {
			return builder.start();
		}
		catch (FatalStartupException ex) {
			// The innermost message says what failed ("Failed to bind to …"); the
			// innermost exception itself often has none.
			String reason = ex.getMessage();
			for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
				reason = (cause.getMessage() != null) ? cause.getMessage() : reason;
			}
			throw new IllegalArgumentException("cannot listen on " + flags.getOrDefault("--host", "127.0.0.1")
					+ " port " + flags.getOrDefault("--port", "8089") + " (" + reason + "): --port must be free"
					+ " (0 picks a free one) and --host an address of this machine, a name resolving to one,"
					+ " or 0.0.0.0", ex);
		}
	}

	/**
	 * The webhook receiver, any http(s) URL: unlike a test's, it is named by the person
	 * starting the emulator, so it may be another container.
	 */
	static @Nullable WebhookReceiver webhookReceiver(Map<String, String> flags) {
		String url = flags.get("--webhook-url");
		String key = flags.get("--webhook-key");
		if (url == null) {
			if (key != null) {
				throw new IllegalArgumentException("--webhook-key needs --webhook-url");
			}
			return null;
		}
		if (key == null || key.isEmpty()) {
			throw new IllegalArgumentException("--webhook-url needs --webhook-key, the key that signs the webhooks");
		}
		URI uri;
		try {
			uri = URI.create(url.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("--webhook-url is not a valid URL: " + ex.getMessage());
		}
		if (uri.getHost() == null
				|| !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
			throw new IllegalArgumentException("--webhook-url must be an http(s) URL with a host, was " + url);
		}
		return new WebhookReceiver(uri, key);
	}

	/**
	 * The lines to paste into an application's configuration. The secret is printed on
	 * purpose: it is the emulator's own test credential, and the application needs it to
	 * get a token. The webhook key is not printed: the operator chose it.
	 */
	static void printSettings(SessionsEmulator emulator, PrintStream out) {
		out.println("Checkout.com Sessions emulator listening on " + emulator.baseUrl() + " (Ctrl+C stops it)");
		if (emulator.webhooks().isDelivering()) {
			out.println("Sending signed authentication webhooks to " + emulator.webhooks().receiver());
		}
		out.println("checkout.base-url=" + emulator.baseUrl());
		out.println("checkout.oauth.token-url=" + emulator.tokenUrl());
		out.println("checkout.oauth.client-id=" + emulator.clientId());
		out.println("checkout.oauth.client-secret=" + emulator.clientSecret());
		out.println("checkout.processing-channel-id=" + emulator.processingChannelId());
		for (EmulatorAccount account : emulator.accounts()) {
			if (!SessionsEmulator.DEFAULT_ACCOUNT.equals(account.name())) {
				String prefix = "checkout.accounts." + account.name() + ".";
				out.println(prefix + "base-url=" + emulator.baseUrl());
				out.println(prefix + "oauth.token-url=" + emulator.tokenUrl());
				out.println(prefix + "oauth.client-id=" + account.clientId());
				out.println(prefix + "oauth.client-secret=" + account.clientSecret());
				out.println(prefix + "processing-channel-id=" + account.processingChannelId());
			}
		}
		out.flush();
	}

	/**
	 * Off loopback, anyone who reaches the port can use the emulator and the test
	 * credentials it prints; say so where the operator looks.
	 */
	private static void warnWhenReachableFromOtherMachines(String host, SessionsEmulator emulator) {
		if (!Loopback.isLoopback(URI.create(emulator.baseUrl())) || AllowedHosts.isWildcard(host)) {
			LoggerFactory.getLogger(StandaloneEmulator.class)
				.warn("Listening on {} port {}, not only on this machine: anyone who can reach it can use the"
						+ " emulator and the credentials printed below. Keep it on a private network"
						+ " (a compose network, a CI job) and never expose it publicly.", host, emulator.port());
		}
	}

	/**
	 * The standalone jar's logging provider (slf4j-simple): timestamped lines on standard
	 * output, beside the settings. System properties given on the command line win.
	 */
	private static void configureLogging() {
		setIfAbsent("org.slf4j.simpleLogger.logFile", "System.out");
		setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
		setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
		setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
		setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
	}

	private static void setIfAbsent(String property, String value) {
		if (System.getProperty(property) == null) {
			System.setProperty(property, value);
		}
	}

	/**
	 * Puts the single-valued flags into {@code flags} and answers the {@code --account}
	 * values in the order given.
	 */
	static List<String> parse(String[] args, Map<String, String> flags) {
		List<String> accounts = new ArrayList<>();
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
			if (ACCOUNT_FLAG.equals(name)) {
				accounts.add(value);
			}
			else if (FLAGS.contains(name)) {
				flags.put(name, value);
			}
			else {
				throw new IllegalArgumentException("unknown option " + name);
			}
		}
		return accounts;
	}

	/**
	 * Where {@code --webhook-url} sends the webhooks, signed with {@code --webhook-key}.
	 */
	record WebhookReceiver(URI url, String signatureKey) {

		@Override
		public String toString() {
			return "WebhookReceiver[" + url + "]";
		}

	}

}
