package dev.checkoutsessions.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.util.Locale;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * The stand-in of the cold-start benchmark ({@code cold-start.sh}, {@link ColdStart}):
 * Checkout.com's token host and API host as two {@link FixtureServer}s on loopback, both
 * speaking TLS with a certificate made for the run, the API host thinking a fixed time
 * per session call.
 *
 * <p>
 * It runs in a process of its own and warms itself up before it says where it listens:
 * the real hosts are warm servers, and a stand-in in the application's JVM (or a cold
 * one) would add its own class loading, JIT and handshake CPU to the first call being
 * measured. It prints one line per TLS handshake and per request, prefixed with the host
 * ({@code token} or {@code api}), so that the driver can tell what each application did
 * on the wire.
 *
 * <pre>
 * ColdStartStandIn &lt;keystore.p12&gt; &lt;password&gt; &lt;think-ms&gt; &lt;ports-file&gt;
 * </pre>
 *
 * The ports file gets {@code <token port> <api port>} once both are ready.
 */
public final class ColdStartStandIn {

	// Connections per host before the ports are told: on a 2-core machine the time per
	// handshake stops falling after about 250 (printed per lap on stderr).
	private static final int WARM_UP_CONNECTIONS = 300;

	private static final int WARM_UP_LAP = 50;

	private ColdStartStandIn() {
	}

	public static void main(String[] args) throws Exception {
		Path keystore = Path.of(args[0]);
		char[] password = args[1].toCharArray();
		long thinkMillis = Long.parseLong(args[2]);
		Path portsFile = Path.of(args[3]);
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			keys.load(in, password);
		}
		SSLContext server = serverContext(keys, password);
		PrintStream out = System.out;
		Events tokenEvents = new Events("token", out);
		Events apiEvents = new Events("api", out);
		FixtureServer token = new FixtureServer(0, 0, false, server, tokenEvents::tell);
		FixtureServer api = new FixtureServer(0, thinkMillis, false, server, apiEvents::tell);
		SSLContext client = clientContext(keys);
		long lap = System.nanoTime();
		for (int i = 1; i <= WARM_UP_CONNECTIONS; i++) {
			exchange(client, token.port(), "POST /connect/token");
			exchange(client, api.port(), "HEAD /");
			if (i % WARM_UP_LAP == 0) {
				long now = System.nanoTime();
				// For the driver's record: how far the warm-up got (a diagnostic, not a
				// log).
				System.err.printf(Locale.ROOT, "stand-in warm-up: connections %d-%d took %.1f ms per host pair%n",
						i - WARM_UP_LAP + 1, i, (now - lap) / 1e6 / WARM_UP_LAP);
				lap = now;
			}
		}
		tokenEvents.on = true;
		apiEvents.on = true;
		// Whole or not at all: the driver reads the file as soon as it is not empty.
		Path partial = portsFile.resolveSibling(portsFile.getFileName() + ".partial");
		Files.writeString(partial, token.port() + " " + api.port() + "\n");
		Files.move(partial, portsFile, StandardCopyOption.ATOMIC_MOVE);
		Thread.currentThread().join();
	}

	private static SSLContext serverContext(KeyStore keys, char[] password) throws Exception {
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(keys, password);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keyManagers.getKeyManagers(), null, null);
		return context;
	}

	/**
	 * The warm-up's client trusts the certificate of the key entry (the JDK's trust
	 * managers take a key entry's certificate as trusted).
	 */
	private static SSLContext clientContext(KeyStore keys) throws Exception {
		TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trustManagers.init(keys);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trustManagers.getTrustManagers(), null);
		return context;
	}

	/**
	 * One connection of the warm-up: a full handshake and two requests, the second
	 * closing the connection.
	 */
	private static void exchange(SSLContext client, int port, String request) throws IOException {
		try (SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			String keepAlive = request + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n";
			String close = request + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
			out.write((keepAlive + close).getBytes(StandardCharsets.US_ASCII));
			out.flush();
			socket.getInputStream().readAllBytes();
			// A fresh application JVM has no session to resume: neither has the next
			// warm-up connection.
			socket.getSession().invalidate();
		}
	}

	/** What one host saw, printed once the warm-up is over. */
	private static final class Events {

		private final String host;

		private final PrintStream out;

		private volatile boolean on;

		Events(String host, PrintStream out) {
			this.host = host;
			this.out = out;
		}

		void tell(String event) {
			if (this.on) {
				// The driver's record of each run, not a log.
				this.out.println(this.host + " " + event);
			}
		}

	}

}
