package dev.checkoutsessions.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;

import dev.checkoutsessions.client.CheckoutTransport;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClients;

/**
 * The {@link SessionsClients} bean: the clients of the configured accounts (and of
 * resolved ones, when the application has a resolver), all on one transport, closed with
 * the context. The {@code SessionsClient} bean is one of them and is closed here, not by
 * itself.
 */
final class CheckoutSessionsClients implements SessionsClients, DisposableBean {

	private final SessionsClients delegate;

	private final List<AutoCloseable> owned;

	CheckoutSessionsClients(SessionsClients delegate, List<SessionsClient> configured, List<AutoCloseable> others,
			CheckoutTransport transport) {
		this.delegate = delegate;
		this.owned = new ArrayList<>(configured);
		this.owned.addAll(others);
		// Last: the clients end before the executor they share.
		this.owned.add(transport);
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

	@Override
	public void destroy() throws Exception {
		Exception first = null;
		for (AutoCloseable resource : this.owned) {
			try {
				resource.close();
			}
			catch (Exception ex) {
				if (first == null) {
					first = ex;
				}
				else {
					first.addSuppressed(ex);
				}
			}
		}
		if (first != null) {
			throw first;
		}
	}

	@Override
	public String toString() {
		return this.delegate.toString();
	}

}
