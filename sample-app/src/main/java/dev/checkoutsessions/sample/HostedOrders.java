package dev.checkoutsessions.sample;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Which session belongs to which hosted order. Checkout.com redirects to
 * {@code success_url} or {@code failure_url} as given, without the session id, so the
 * URLs carry the order reference and the sample looks the session up here. In memory and
 * bounded: a demo, not an order store.
 */
@Component
class HostedOrders {

	private static final int MAX_ORDERS = 1000;

	private final Map<String, String> sessionByOrder = new LinkedHashMap<>(16, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > MAX_ORDERS;
		}

	};

	String newReference() {
		return "order-" + UUID.randomUUID();
	}

	synchronized void put(String reference, String sessionId) {
		sessionByOrder.put(reference, sessionId);
	}

	synchronized String sessionId(String reference) {
		return sessionByOrder.get(reference);
	}

}
