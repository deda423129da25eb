package dev.checkoutsessions.sample;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.checkoutsessions.client.model.OpenEnum;
import dev.checkoutsessions.web.delivery.CheckoutWebhookEvent;
import dev.checkoutsessions.web.delivery.SessionCompletedEvent;

/**
 * Tells the checkout page what happened to its session, as it happens: each signed
 * authentication webhook ({@code authentication}) and the completion, which the starter
 * publishes once the callback's session has been re-read with OAuth ({@code completed},
 * carrying the result). The page subscribes with server-sent events instead of polling;
 * an event that arrived before it subscribed is replayed. Bounded, in memory: a demo, not
 * an order store.
 */
@Component
class SessionOutcomes {

	static final Duration STREAM_TIMEOUT = Duration.ofMinutes(5);

	private static final int MAX_SESSIONS = 1000;

	private final Map<String, Outcome> bySession = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
			return size() > MAX_SESSIONS;
		}

	};

	/** A stream of this session's events, starting with those already received. */
	SseEmitter subscribe(String sessionId) {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		List<Message> replay;
		synchronized (this) {
			Outcome outcome = bySession.computeIfAbsent(sessionId, (id) -> new Outcome());
			replay = new ArrayList<>(outcome.sent);
			if (outcome.completed == null) {
				outcome.subscribers.add(emitter);
				emitter.onCompletion(() -> unsubscribe(sessionId, emitter));
				emitter.onTimeout(() -> unsubscribe(sessionId, emitter));
			}
		}
		replay.forEach((event) -> send(emitter, event));
		synchronized (this) {
			if (bySession.get(sessionId) != null && bySession.get(sessionId).completed != null) {
				emitter.complete();
			}
		}
		return emitter;
	}

	@EventListener
	void on(CheckoutWebhookEvent event) {
		event.getSessionId()
			.ifPresent(
					(sessionId) -> event.getAuthenticationType()
						.ifPresent(
								(type) -> publish(sessionId,
										new Message("authentication",
												new Authentication(event.getType(),
														event.getSessionStatus().map(OpenEnum::value).orElse(null))),
										false)));
	}

	@EventListener
	void on(SessionCompletedEvent event) {
		SessionAnswer result = SessionAnswer.of(event.getSession(), null);
		publish(event.getSessionId(), new Message("completed", result), true);
	}

	private void publish(String sessionId, Message event, boolean last) {
		List<SseEmitter> subscribers;
		synchronized (this) {
			Outcome outcome = bySession.computeIfAbsent(sessionId, (id) -> new Outcome());
			if (outcome.completed != null) {
				return;
			}
			outcome.sent.add(event);
			if (last) {
				outcome.completed = event;
			}
			subscribers = new ArrayList<>(outcome.subscribers);
			if (last) {
				outcome.subscribers.clear();
			}
		}
		for (SseEmitter subscriber : subscribers) {
			send(subscriber, event);
			if (last) {
				subscriber.complete();
			}
		}
	}

	private synchronized void unsubscribe(String sessionId, SseEmitter emitter) {
		Outcome outcome = bySession.get(sessionId);
		if (outcome != null) {
			outcome.subscribers.remove(emitter);
		}
	}

	private static void send(SseEmitter emitter, Message message) {
		try {
			// A fresh builder per send: builders keep what they built.
			emitter.send(SseEmitter.event().name(message.name()).data(message.data(), MediaType.APPLICATION_JSON));
		}
		catch (IOException | IllegalStateException ex) {
			// The page went away: nothing to tell it any more.
			emitter.completeWithError(ex);
		}
	}

	/** What the stream has sent for one session and who listens. */
	private static final class Outcome {

		private final List<Message> sent = new ArrayList<>();

		private final List<SseEmitter> subscribers = new ArrayList<>();

		private Message completed;

	}

	/** One server-sent event: its name and its JSON data. */
	private record Message(String name, Object data) {

	}

	/**
	 * One authentication webhook, as the page sees it.
	 *
	 * @param type for example {@code authentication_approved}
	 * @param status the session status it reports
	 */
	record Authentication(String type, String status) {

	}

}
