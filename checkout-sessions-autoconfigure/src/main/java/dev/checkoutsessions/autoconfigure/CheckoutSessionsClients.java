package dev.checkoutsessions.autoconfigure;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;

import dev.checkoutsessions.client.CheckoutTransport;
import dev.checkoutsessions.client.ResolvingSessionsClients;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClients;

/**
 * The {@link SessionsClients} bean: the clients of the configured accounts (and of
 * resolved ones, when the application has a resolver), all on one transport. A client
 * built on a transport owns nothing of its own (the builder hands it the transport's
 * request factory and executor), so closing the transport with the context ends every
 * client, the {@code SessionsClient} bean's included.
 */
final class CheckoutSessionsClients implements SessionsClients, DisposableBean {

	private final SessionsClients delegate;

	private final CheckoutTransport transport;

	private final @Nullable ResolvingSessionsClients resolved;

	private final @Nullable AutoCloseable sweep;

	CheckoutSessionsClients(SessionsClients configured, CheckoutTransport transport) {
		this.delegate = configured;
		this.transport = transport;
		this.resolved = null;
		this.sweep = null;
	}

	CheckoutSessionsClients(ResolvingSessionsClients resolved, AutoCloseable sweep, CheckoutTransport transport) {
		this.delegate = resolved;
		this.transport = transport;
		this.resolved = resolved;
		this.sweep = sweep;
	}

	@Override
	public SessionsClient get(String account) {
		return this.delegate.get(account);
	}

	@Override
	public Set<String> names() {
		return this.delegate.names();
	}

	@Override
	public SessionsClient defaultClient() {
		return this.delegate.defaultClient();
	}

	@Override
	public void accountChanged(String account) {
		this.delegate.accountChanged(account);
	}

	/**
	 * Closes the sweep, then the resolved accounts (so that none is built while the
	 * transport closes), then the transport: each even when one before it fails.
	 */
	@Override
	public void destroy() throws Exception {
		try (CheckoutTransport transport = this.transport;
				AutoCloseable resolved = this.resolved;
				AutoCloseable sweep = this.sweep) {
			// Closed by leaving the block, in the reverse order of the resources.
		}
	}

	@Override
	public String toString() {
		return this.delegate.toString();
	}

}
