package dev.checkoutsessions.emulator;

import java.util.List;

/**
 * One Checkout.com account the emulator serves: its OAuth client, its processing channel
 * and its webhook. As on the real API, an account's sessions exist only for its own
 * tokens: another account's token gets 404, as for a session that does not exist.
 * Session-secret calls are not affected, the secret names its session.
 * <p>
 * {@code toString()} shows the name and client id, never a secret or key.
 *
 * <pre>{@code
 * SessionsEmulator emulator = SessionsEmulator.builder().account("eu").account("us").start();
 * EmulatorAccount eu = emulator.account("eu");
 * // checkout.accounts.eu.oauth.client-id / client-secret / processing-channel-id
 * eu.clientId(); eu.clientSecret(); eu.processingChannelId();
 * eu.webhooks().deliverTo("http://localhost:" + port + "/checkout/webhooks/eu");
 * }</pre>
 *
 * @since 0.2.0
 */
public final class EmulatorAccount {

	private final String name;

	private final List<ClientRegistration> clients;

	private final String processingChannelId;

	private final SessionRequestParser parser;

	private final Webhooks webhooks;

	EmulatorAccount(String name, List<ClientRegistration> clients, String processingChannelId, Webhooks webhooks) {
		if (clients.isEmpty()) {
			throw new IllegalArgumentException("An account needs a client");
		}
		this.name = name;
		this.clients = List.copyOf(clients);
		this.processingChannelId = processingChannelId;
		this.parser = new SessionRequestParser(processingChannelId);
		this.webhooks = webhooks;
	}

	/**
	 * The account's name: as registered with {@link SessionsEmulator.Builder#account}, or
	 * {@link SessionsEmulator#DEFAULT_ACCOUNT}.
	 * @return the name
	 */
	public String name() {
		return name;
	}

	/**
	 * The id of the account's first OAuth client ({@code oauth.client-id}).
	 * @return the client id
	 */
	public String clientId() {
		return clients.get(0).clientId();
	}

	/**
	 * The secret of the account's first OAuth client ({@code oauth.client-secret}).
	 * @return the client secret
	 */
	public String clientSecret() {
		return clients.get(0).clientSecret();
	}

	/**
	 * The processing channel the account accepts ({@code processing-channel-id});
	 * requests naming another channel get 422 {@code processing_channel_id_invalid}.
	 * @return a {@code pc_…} id
	 */
	public String processingChannelId() {
		return processingChannelId;
	}

	/**
	 * The account's webhook: its receiver, its signature key and the deliveries made for
	 * its sessions.
	 * @return the webhook controls of this account
	 */
	public Webhooks webhooks() {
		return webhooks;
	}

	/**
	 * The key signing this account's webhooks now; short for
	 * {@code webhooks().signatureKey()}.
	 * @return the HMAC key of {@code Cko-Signature}
	 */
	public String signatureKey() {
		return webhooks.signatureKey();
	}

	List<ClientRegistration> clients() {
		return clients;
	}

	SessionRequestParser parser() {
		return parser;
	}

	@Override
	public String toString() {
		return "EmulatorAccount[" + name + ", clientId=" + clientId() + "]";
	}

}
