package dev.checkoutsessions.emulator;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/** The sessions one emulator holds, by id and by session secret. */
final class SessionStore {

	private final Map<String, Session> byId = new ConcurrentHashMap<>();

	private final Map<String, Session> bySecret = new ConcurrentHashMap<>();

	void add(Session session) {
		byId.put(session.id, session);
		bySecret.put(session.secret, session);
	}

	@Nullable Session byId(String id) {
		return byId.get(id);
	}

	@Nullable Session bySecret(String secret) {
		return bySecret.get(secret);
	}

	Collection<Session> all() {
		return byId.values();
	}

	void clear() {
		byId.clear();
		bySecret.clear();
	}

}
