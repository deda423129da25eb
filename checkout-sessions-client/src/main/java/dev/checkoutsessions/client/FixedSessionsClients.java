package dev.checkoutsessions.client;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * {@link SessionsClients} over clients built in advance ({@link SessionsClients#of}).
 */
final class FixedSessionsClients implements SessionsClients {

	private final Map<String, SessionsClient> clients;

	private final Set<String> names;

	private final @Nullable String defaultAccount;

	FixedSessionsClients(Map<String, SessionsClient> clients, @Nullable String defaultAccount) {
		this.clients = clients;
		this.names = Collections.unmodifiableSet(new LinkedHashSet<>(clients.keySet()));
		this.defaultAccount = defaultAccount;
	}

	@Override
	public SessionsClient get(String account) {
		SessionsClient client = this.clients.get(account);
		if (client == null) {
			throw UnknownCheckoutAccountException.unknown(account, this.names);
		}
		return client;
	}

	@Override
	public Set<String> names() {
		return this.names;
	}

	@Override
	public SessionsClient defaultClient() {
		if (this.defaultAccount == null) {
			throw UnknownCheckoutAccountException.noDefault(this.names);
		}
		return get(this.defaultAccount);
	}

	@Override
	public String toString() {
		return "SessionsClients" + this.names;
	}

}
