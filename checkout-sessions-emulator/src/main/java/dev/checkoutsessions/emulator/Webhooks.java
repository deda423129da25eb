package dev.checkoutsessions.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.node.ObjectNode;

/**
 * The authentication webhooks Checkout.com sends when a session's authentication starts
 * and when it reaches a final status ({@code authentication_started},
 * {@code authentication_approved}, {@code authentication_attempted},
 * {@code authentication_failed}, {@code authentication_expired}), signed like the real
 * ones: {@code Cko-Signature} is the hex HMAC-SHA256 of the raw body keyed with the
 * webhook's signature key, plus an optional {@code Authorization} header value.
 * <p>
 * Each account of the emulator has its own webhook ({@link EmulatorAccount#webhooks()}):
 * its own receiver and signature key, and only its sessions' events;
 * {@link SessionsEmulator#webhooks()} is the default account's. The key is generated when
 * the emulator starts and can be replaced at any time ({@link #signatureKey(String)}), as
 * a merchant rotates it in the Dashboard: every delivery from then on is signed with the
 * new key.
 * <p>
 * Nothing is sent until {@link #deliverTo(String, String)} names a receiver, and only
 * receivers on this machine are accepted. Deliveries run on a background thread, after
 * the API call that caused them has answered, like the real service. Checkout.com
 * delivers at least once and in any order; {@link #duplicates(int)}, {@link #hold()} and
 * {@link #releaseInReverseOrder()} reproduce that on request.
 *
 * <pre>{@code
 * emulator.webhooks().deliverTo("http://localhost:" + port + "/checkout/webhooks", signatureKey);
 * emulator.webhooks().duplicates(2);   // every event twice
 * emulator.webhooks().hold();          // keep events back…
 * emulator.webhooks().releaseInReverseOrder();   // …then send them newest first
 * emulator.webhooks().sent();          // every delivery made
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Webhooks implements AutoCloseable {

	/**
	 * Event types the emulator sends, by final session status (Checkout.com's
	 * {@code authentication_*} webhook events).
	 */
	private static final Map<String, String> FINAL_TYPES = Map.of("approved", "authentication_approved", "attempted",
			"authentication_attempted", "expired", "authentication_expired", "declined", "authentication_failed",
			"rejected", "authentication_failed", "unavailable", "authentication_failed", "challenge_abandoned",
			"authentication_failed");

	private static final Logger logger = LoggerFactory.getLogger(Webhooks.class);

	private static final Duration RETRY_PAUSE = Duration.ofMillis(50);

	private final Clock clock;

	private final Ids ids;

	private final Duration timeout;

	private final HttpClient client;

	private final ExecutorService sender;

	private final List<SentWebhook> sent = new CopyOnWriteArrayList<>();

	private final Map<String, Event> events = new ConcurrentHashMap<>();

	private final List<Event> held = new ArrayList<>();

	private volatile String signatureKey;

	private volatile @Nullable Receiver receiver;

	private volatile int copies = 1;

	private volatile int retries;

	private boolean holding;

	Webhooks(Clock clock, Ids ids, Duration timeout) {
		this.signatureKey = ids.hexKey();
		this.clock = clock;
		this.ids = ids;
		this.timeout = timeout;
		this.client = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.sender = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "sessions-emulator-webhooks");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Sends the authentication webhooks to this receiver from now on, signed with the
	 * current {@link #signatureKey()}.
	 * @param url the receiver, on this machine ({@code localhost}, {@code 127.x.x.x},
	 * {@code [::1]})
	 * @return these controls
	 */
	public Webhooks deliverTo(String url) {
		return deliverTo(url, signatureKey, null);
	}

	/**
	 * Sends the authentication webhooks to this receiver from now on, signed with this
	 * key (which becomes the {@link #signatureKey()}).
	 * @param url the receiver, on this machine ({@code localhost}, {@code 127.x.x.x},
	 * {@code [::1]})
	 * @param signatureKey the webhook's signature key, the HMAC key of
	 * {@code Cko-Signature}
	 * @return these controls
	 */
	public Webhooks deliverTo(String url, String signatureKey) {
		return deliverTo(url, signatureKey, null);
	}

	/**
	 * Sends the authentication webhooks to this receiver from now on, with an
	 * {@code Authorization} header.
	 * @param url the receiver, on this machine ({@code localhost}, {@code 127.x.x.x},
	 * {@code [::1]})
	 * @param signatureKey the webhook's signature key, the HMAC key of
	 * {@code Cko-Signature}
	 * @param authorization the {@code Authorization} header value configured for the
	 * webhook, or {@code null}
	 * @return these controls
	 */
	public Webhooks deliverTo(String url, String signatureKey, @Nullable String authorization) {
		return deliverToAnyHost(Loopback.require(url, "url"), signatureKey, authorization);
	}

	/**
	 * The standalone jar's {@code --webhook-url}: a receiver its operator named, which
	 * may be another container or machine.
	 */
	Webhooks deliverToAnyHost(URI url, String signatureKey, @Nullable String authorization) {
		signatureKey(signatureKey);
		this.receiver = new Receiver(url, authorization);
		return this;
	}

	/**
	 * Replaces the signature key, as a merchant rotating the webhook's key in the
	 * Dashboard does: every delivery from now on, redeliveries and held events included,
	 * is signed with the new key. The receiver stays.
	 * @param signatureKey the new key
	 * @return these controls
	 */
	public Webhooks signatureKey(String signatureKey) {
		if (signatureKey == null || signatureKey.isEmpty()) {
			throw new IllegalArgumentException("signatureKey must not be empty");
		}
		this.signatureKey = signatureKey;
		return this;
	}

	/**
	 * The key that signs the next delivery: generated when the emulator started, or the
	 * last one given to {@link #deliverTo(String, String)} or
	 * {@link #signatureKey(String)}.
	 * @return the HMAC key of {@code Cko-Signature}
	 */
	public String signatureKey() {
		return signatureKey;
	}

	/** Stops sending webhooks; events are no longer recorded either. */
	public void stopDelivering() {
		this.receiver = null;
	}

	/** The receiver the webhooks go to, or {@code null} when none is configured. */
	@Nullable URI receiver() {
		Receiver to = receiver;
		return (to != null) ? to.url() : null;
	}

	/**
	 * Whether a receiver is configured.
	 * @return {@code true} after {@link #deliverTo(String, String)}
	 */
	public boolean isDelivering() {
		return receiver != null;
	}

	/**
	 * Delivers every following event this many times, as a retrying Checkout.com does
	 * when an answer gets lost.
	 * @param copies at least 1; 1 (the default) sends each event once
	 * @return these controls
	 */
	public Webhooks duplicates(int copies) {
		if (copies < 1) {
			throw new IllegalArgumentException("copies must be at least 1, was " + copies);
		}
		this.copies = copies;
		return this;
	}

	/**
	 * Redelivers a delivery the receiver did not accept (no answer or not 2xx) up to this
	 * many times, a moment apart, as Checkout.com retries failed deliveries (up to 8
	 * times, over hours). Off by default so tests see exactly what they arranged.
	 * @param retries between 0 and 8
	 * @return these controls
	 */
	public Webhooks retries(int retries) {
		if (retries < 0 || retries > 8) {
			throw new IllegalArgumentException("retries must be between 0 and 8, was " + retries);
		}
		this.retries = retries;
		return this;
	}

	/**
	 * Keeps following events back until {@link #release()} or
	 * {@link #releaseInReverseOrder()}.
	 * @return these controls
	 */
	public synchronized Webhooks hold() {
		holding = true;
		return this;
	}

	/** Sends the held events in the order they happened and stops holding. */
	public void release() {
		release(false);
	}

	/**
	 * Sends the held events newest first (out of order, e.g. {@code approved} before
	 * {@code started}) and stops holding.
	 */
	public void releaseInReverseOrder() {
		release(true);
	}

	/**
	 * Delivers an event again, unchanged: same id, same body, same signature (unless the
	 * key was rotated since).
	 * @param eventId the {@code evt_…} id of an event sent before
	 * @throws IllegalArgumentException when no such event was sent
	 */
	public void redeliver(String eventId) {
		Event event = events.get(eventId);
		if (event == null) {
			throw new IllegalArgumentException("No webhook event " + eventId + " was sent");
		}
		dispatch(event, 1);
	}

	/**
	 * Every delivery made so far, in the order they were answered.
	 * @return an immutable copy
	 */
	public List<SentWebhook> sent() {
		return List.copyOf(sent);
	}

	/**
	 * Waits until at least {@code count} deliveries were made, for tests asserting on
	 * what was sent.
	 * @param count how many deliveries to wait for
	 * @param timeout how long to wait at most
	 * @return the deliveries made
	 * @throws IllegalStateException when fewer were made in time
	 */
	public List<SentWebhook> awaitSent(int count, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (sent.size() < count) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Expected " + count + " webhook deliveries within " + timeout
						+ " but saw " + sent.size() + ": " + sent);
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for webhooks", ex);
			}
		}
		return sent();
	}

	/**
	 * Forgets deliveries and held events and sends each event once again; the receiver
	 * stays.
	 */
	public synchronized void clear() {
		sent.clear();
		events.clear();
		held.clear();
		holding = false;
		copies = 1;
		retries = 0;
	}

	@Override
	public void close() {
		sender.shutdownNow();
		try {
			sender.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The event for a session's new status: started, a final type, or none for
	 * intermediate states.
	 */
	static @Nullable String typeFor(String status, boolean started) {
		return started ? "authentication_started" : FINAL_TYPES.get(status);
	}

	/**
	 * Hex HMAC-SHA256, the {@code Cko-Signature} scheme; kept here so the emulator
	 * depends on nothing of ours.
	 */
	static String sign(String key, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * Called by sessions under their lock: builds the event and hands it on without
	 * blocking.
	 */
	SessionEvents eventsFor() {
		return this::emit;
	}

	private void emit(@Nullable String type, ObjectNode data) {
		if (type == null || receiver == null) {
			return;
		}
		ObjectNode body = Json.object();
		String id = ids.prefixed("evt");
		body.put("id", id);
		body.put("type", type);
		body.put("version", "1.0.0");
		body.put("created_on", clock.instant().toString());
		body.set("data", data);
		String sessionId = Json.text(data, "session_id");
		if (sessionId == null) {
			// Sessions emit their callback payload, which always names the session.
			throw new IllegalArgumentException("Event data without session_id");
		}
		Event event = new Event(id, type, sessionId, Json.write(body));
		events.put(id, event);
		synchronized (this) {
			if (holding) {
				held.add(event);
				return;
			}
		}
		dispatch(event, copies);
	}

	private void release(boolean reversed) {
		List<Event> toSend;
		synchronized (this) {
			toSend = new ArrayList<>(held);
			held.clear();
			holding = false;
		}
		if (reversed) {
			Collections.reverse(toSend);
		}
		toSend.forEach((event) -> dispatch(event, copies));
	}

	private void dispatch(Event event, int times) {
		Receiver receiving = receiver;
		if (receiving == null) {
			return;
		}
		Target to = new Target(receiving.url(), signatureKey, receiving.authorization());
		for (int i = 0; i < times; i++) {
			sender.execute(() -> post(event, to, retries));
		}
	}

	private void post(Event event, Target to, int retriesLeft) {
		byte[] bytes = event.body().getBytes(StandardCharsets.UTF_8);
		String signature = sign(to.signatureKey(), bytes);
		HttpRequest.Builder request = HttpRequest.newBuilder(to.url())
			.timeout(timeout)
			.header("Content-Type", "application/json")
			.header("Cko-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
		String authorization = to.authorization();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		int status = 0;
		try {
			status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (java.io.IOException ex) {
			logger.debug("Webhook {} delivery failed: {}", event.id(), ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		sent.add(new SentWebhook(event.id(), event.type(), event.sessionId(), to.url(), event.body(), signature, status,
				clock.instant()));
		if (status / 100 != 2 && retriesLeft > 0 && !sender.isShutdown()) {
			CompletableFuture.delayedExecutor(RETRY_PAUSE.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
				if (!sender.isShutdown()) {
					sender.execute(() -> post(event, to, retriesLeft - 1));
				}
			});
		}
	}

	private record Receiver(URI url, @Nullable String authorization) {

		/** The authorization value is a secret. */
		@Override
		public String toString() {
			return "Receiver[" + url + "]";
		}

	}

	/** A receiver with the key of the moment, so one delivery's retries sign alike. */
	private record Target(URI url, String signatureKey, @Nullable String authorization) {

		/** The key and the authorization value are secrets. */
		@Override
		public String toString() {
			return "Target[" + url + "]";
		}

	}

	private record Event(String id, String type, String sessionId, String body) {
	}

}
