package dev.checkoutsessions.web.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.checkoutsessions.web.delivery.TestDatabases;
import dev.checkoutsessions.web.delivery.WebhookSignature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two receiver JVMs on one database, as Checkout.com sees a fleet: events delivered in
 * random order with duplicates, failed deliveries redelivered, and the instance running a
 * chosen event's listener killed with SIGKILL ({@code kill -9}) mid-listener, then
 * restarted. Every event is published; the count of publications equals the count of
 * distinct ids plus at most one per kill (the listener that died); and no delivery of a
 * killed event is answered 2xx before its instance was killed.
 */
class CrashAndRedeliveryTests {

	private static final String KEY = "crash-test-key";

	/** Events per run: {@code -Dcheckout.crash.events=1000} for the longer run. */
	private static final int EVENTS = Integer.getInteger("checkout.crash.events", 100);

	private static final Duration LEASE = Duration.ofSeconds(2);

	/** Instances killed mid-listener per run: {@code -Dcheckout.crash.kills}. */
	private static final int KILLS = Integer.getInteger("checkout.crash.kills", 2);

	/**
	 * Deliveries in flight at once, so at most this many listeners die with an instance.
	 */
	private static final int SENDERS = 8;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

	private final List<Instance> instances = new CopyOnWriteArrayList<>();

	private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor();

	@TempDir
	Path directory;

	@ParameterizedTest
	@EnumSource(value = TestDatabases.class, names = { "POSTGRESQL", "MARIADB" })
	void everyEventIsPublishedAndAKilledListenersEventOnceMoreAfterTheLease(TestDatabases server) throws Exception {
		String url = server.freshUrl();
		Random random = new Random();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < EVENTS; i++) {
			ids.add("evt_" + String.format("%026d", i));
		}
		Set<String> killed = new HashSet<>();
		while (killed.size() < KILLS) {
			killed.add(ids.get(random.nextInt(EVENTS)));
		}
		for (String id : killed) {
			Files.createFile(this.directory.resolve("kill-" + id));
		}
		List<String> deliveries = new ArrayList<>();
		for (String id : ids) {
			for (int copies = 1 + random.nextInt(3); copies > 0; copies--) {
				deliveries.add(id);
			}
		}
		Collections.shuffle(deliveries, random);
		try {
			start(url);
			start(url);
			assertThat(this.instances).allSatisfy((instance) -> assertThat(instance.process().isAlive()).isTrue());
			Map<String, Instant> hungAt = new ConcurrentHashMap<>();
			Map<String, Instant> firstAccepted = new ConcurrentHashMap<>();
			AtomicInteger posts = new AtomicInteger();
			LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>(deliveries);
			CountDownLatch acknowledged = new CountDownLatch(deliveries.size());
			ExecutorService checkout = Executors.newFixedThreadPool(SENDERS);
			for (int t = 0; t < SENDERS; t++) {
				checkout.execute(() -> deliver(queue, acknowledged, posts, firstAccepted));
			}
			// Restarts run beside the kills, so a second hanging listener is killed at
			// once.
			ExecutorService restarts = Executors.newSingleThreadExecutor();
			int kills = 0;
			while (!acknowledged.await(50, TimeUnit.MILLISECONDS)) {
				for (String id : killed) {
					Path hanging = this.directory.resolve("hanging-" + id);
					if (!hungAt.containsKey(id) && Files.exists(hanging)) {
						String[] marker = Files.readString(hanging).trim().split(" ");
						hungAt.put(id, Instant.ofEpochMilli(Long.parseLong(marker[1])));
						if (kill(Long.parseLong(marker[0]))) {
							kills++;
							restarts.execute(() -> start(url));
						}
					}
				}
			}
			checkout.shutdownNow();
			restarts.shutdownNow();

			List<String> published = Files.readAllLines(this.directory.resolve("published.log"));
			long distinct = published.stream().distinct().count();
			System.out.printf(
					"crash run on %s: %d events, %d deliveries planned, %d posts, %d kills, %d published,"
							+ " %d distinct ids%n",
					server, EVENTS, deliveries.size(), posts.get(), kills, published.size(), distinct);
			assertThat(kills).isEqualTo(KILLS);
			assertThat(distinct).isEqualTo(EVENTS);
			// Once each, plus once more for each listener that died with its instance:
			// the
			// chosen ones, and any other delivery that instance was running when killed.
			assertThat(published.size()).isBetween(EVENTS, EVENTS + kills * SENDERS);
			for (String id : killed) {
				assertThat(published.stream().filter(id::equals).count()).as(id).isEqualTo(2);
				// Never 2xx while the dead listener's lease was live: only a takeover
				// after it.
				assertThat(firstAccepted.get(id)).as("first 2xx for %s", id)
					.isAfter(hungAt.get(id).plus(LEASE).minusMillis(200));
			}
		}
		finally {
			this.retries.shutdownNow();
			this.instances.forEach((instance) -> instance.process().destroyForcibly());
		}
	}

	private void deliver(LinkedBlockingQueue<String> queue, CountDownLatch acknowledged, AtomicInteger posts,
			Map<String, Instant> firstAccepted) {
		while (!Thread.currentThread().isInterrupted()) {
			String id;
			try {
				id = queue.take();
			}
			catch (InterruptedException ex) {
				return;
			}
			List<Instance> live = this.instances.stream()
				.filter((instance) -> instance.ready().get() && instance.process().isAlive())
				.toList();
			if (live.isEmpty()) {
				// Every instance is restarting: Checkout.com's retry comes later.
				this.retries.schedule(() -> queue.add(id), 100, TimeUnit.MILLISECONDS);
				continue;
			}
			Instance to = live.get(ThreadLocalRandomIndex.of(live.size()));
			byte[] body = ("{\"id\":\"" + id + "\",\"type\":\"authentication_approved\",\"created_on\":\""
					+ Instant.now() + "\"}")
				.getBytes(StandardCharsets.UTF_8);
			int status;
			try {
				posts.incrementAndGet();
				status = this.http
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + "/checkout/webhooks"))
						.timeout(Duration.ofMillis(1500))
						.header("Content-Type", "application/json")
						.header("Cko-Signature", WebhookSignature.sign(KEY, body))
						.POST(HttpRequest.BodyPublishers.ofByteArray(body))
						.build(), HttpResponse.BodyHandlers.discarding())
					.statusCode();
			}
			catch (IOException ex) {
				status = 0;
			}
			catch (InterruptedException ex) {
				return;
			}
			if (status / 100 == 2) {
				firstAccepted.putIfAbsent(id, Instant.now());
				acknowledged.countDown();
			}
			else {
				// Checkout.com retries a delivery that was not acknowledged, a while
				// later.
				this.retries.schedule(() -> queue.add(id), 100, TimeUnit.MILLISECONDS);
			}
		}
	}

	/** Kills the JVM whose listener hangs, unless it died already with another one. */
	private boolean kill(long pid) {
		for (Instance instance : this.instances) {
			if (instance.process().pid() == pid && instance.process().isAlive()) {
				// SIGKILL: no shutdown hook, no finally, the claim stays in progress.
				instance.process().destroyForcibly();
				return true;
			}
		}
		return false;
	}

	private void start(String url) {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		Path log = this.directory.resolve("instance-" + port + ".log");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				CrashReceiverApplication.class.getName(), "--server.port=" + port, "--spring.datasource.url=" + url,
				"--checkout.webhooks.enabled=true", "--checkout.webhooks.signature-key=" + KEY,
				"--checkout.deduplication.initialize-schema=always",
				"--checkout.deduplication.lease=" + LEASE.toMillis() + "ms", "--checkout.base-url=http://127.0.0.1:9",
				"--checkout.oauth.token-url=http://127.0.0.1:9/connect/token", "--checkout.oauth.client-id=ack_test",
				"--checkout.oauth.client-secret=unused", "--crash.directory=" + this.directory,
				"--spring.main.banner-mode=off")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		Instance instance = new Instance(process, port, new AtomicBoolean());
		this.instances.add(instance);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> !process.isAlive() || readQuietly(log).contains("Started CrashReceiverApplication"));
		instance.ready().set(process.isAlive());
	}

	private static String readQuietly(Path log) {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	private record Instance(Process process, int port, AtomicBoolean ready) {
	}

	private static final class ThreadLocalRandomIndex {

		static int of(int size) {
			return java.util.concurrent.ThreadLocalRandom.current().nextInt(size);
		}

	}

}
