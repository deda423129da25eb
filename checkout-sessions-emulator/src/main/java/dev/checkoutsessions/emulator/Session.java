package dev.checkoutsessions.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One emulated session: the request's immutable facts plus the API's session state
 * machine (pending, processing, challenged, then a final status).
 * <p>
 * Two locks with two purposes: {@link #actionLock} serialises the <em>actions</em>
 * (collect-data, issuer-fingerprint, complete, challenge, hosted page) and is only ever
 * tried, so a concurrent second action is refused with 409 like the API does; the object
 * monitor guards every field read or write, so reads (GET) never see half a transition
 * and never wait for a slow action such as a callback.
 */
final class Session {

	static final String CHANNEL_BROWSER = "browser";

	static final String CHANNEL_APP = "app";

	static final String CHANNEL_MERCHANT_INITIATED = "merchant_initiated";

	final String id;

	final String secret;

	final String transactionId;

	final String scheme;

	final SessionRequest request;

	final TestCard card;

	/**
	 * The OAuth scopes the session was created under; later OAuth callers must share one
	 * of them.
	 */
	final Set<String> initiatingScopes;

	/**
	 * The account whose token created the session; only that account's tokens reach it.
	 */
	final String account;

	final ObjectNode cardInfo;

	final Instant createdAt;

	final ReentrantLock actionLock = new ReentrantLock();

	private final Ids ids;

	private final SessionEvents events;

	private String status = "pending";

	private List<String> nextActions;

	private boolean completed;

	private @Nullable Boolean challenged;

	private @Nullable Boolean approved;

	private @Nullable String statusReason;

	private @Nullable String responseCode;

	private @Nullable String responseStatusReason;

	private @Nullable String channel;

	private @Nullable String methodCompletion;

	private boolean methodInvoked;

	private @Nullable Outcome challengeOutcome;

	private @Nullable ObjectNode ds;

	private @Nullable ObjectNode acs;

	private @Nullable String challengeRequest;

	private boolean certificates;

	private @Nullable String cryptogram;

	private @Nullable String eci;

	private @Nullable String xid;

	private @Nullable String cardholderInfo;

	private @Nullable String flowType;

	private Instant authenticationDate;

	Session(Ids ids, String account, SessionRequest request, Set<String> initiatingScopes, Instant now,
			SessionEvents events) {
		this.ids = ids;
		this.account = account;
		this.events = events;
		this.id = ids.sessionId();
		this.secret = ids.sessionSecret();
		this.transactionId = ids.uuid();
		this.request = request;
		this.card = TestCard.of(request.cardNumber());
		this.scheme = request.scheme();
		this.initiatingScopes = Set.copyOf(initiatingScopes);
		this.createdAt = now;
		this.authenticationDate = now;
		this.cardInfo = Json.object();
		cardInfo.put("instrument_id", ids.prefixed("src"));
		cardInfo.put("fingerprint", request.cardFingerprint());
		cardInfo.putObject("metadata");
		this.nextActions = initialActions();
	}

	private List<String> initialActions() {
		if (request.completion().hosted()) {
			return List.of("redirect_cardholder");
		}
		return card.hasMethodUrl() ? List.of("collect_channel_data", "issuer_fingerprint")
				: List.of("collect_channel_data");
	}

	synchronized boolean hasNextAction(String action) {
		return nextActions.contains(action);
	}

	synchronized String status() {
		return status;
	}

	synchronized @Nullable String channel() {
		return channel;
	}

	/**
	 * Whether {@code POST /sessions} carried browser device data, the case the API
	 * reference's {@code issuer_fingerprint} link is for.
	 */
	boolean browserDataSentOnCreate() {
		ObjectNode data = request.channelData();
		return data != null && !ChannelData.isEmpty(data) && CHANNEL_BROWSER.equals(ChannelData.channel(data));
	}

	synchronized boolean isHostedSuccess() {
		return Boolean.TRUE.equals(approved);
	}

	/**
	 * Records that the browser loaded the 3DS Method page (the issuer "fingerprinted" the
	 * device).
	 */
	synchronized void markMethodInvoked() {
		methodInvoked = true;
	}

	/**
	 * {@code PUT issuer-fingerprint} before channel data: remember the indicator for the
	 * coming authentication.
	 */
	synchronized void recordMethodCompletion(@Nullable String indicator) {
		methodCompletion = indicator;
		List<String> remaining = new ArrayList<>(nextActions);
		remaining.remove("issuer_fingerprint");
		nextActions = List.copyOf(remaining);
	}

	/**
	 * Runs the authentication with the channel data now known: frictionless cards reach
	 * their final state at once, challenge cards (or a mandated challenge) move to
	 * {@code challenged}.
	 */
	synchronized void authenticate(String channel, @Nullable String methodCompletionIndicator, Instant now) {
		this.channel = channel;
		if (methodCompletionIndicator != null) {
			this.methodCompletion = methodCompletionIndicator;
		}
		this.ds = Json.object();
		if (CHANNEL_APP.equals(channel)) {
			ds.put("ds_id", "mastercard".equals(scheme) ? "A000000004" : "A000000003");
			this.certificates = true;
		}
		ds.put("reference_number", ids.referenceNumber());
		ds.put("transaction_id", ids.uuid());
		events.emit(Webhooks.typeFor(status, true), callbackPayload());
		this.acs = Json.object();
		acs.put("reference_number", ids.referenceNumber());
		acs.put("transaction_id", ids.uuid());
		acs.put("operator_id", ids.referenceNumber());
		if (CHANNEL_MERCHANT_INITIATED.equals(channel)) {
			// 3RI runs without the cardholder; the sandbox answers it as unavailable (the
			// merchant-initiated case of Java SDK RequestAndGetSessionsTestIT, disabled
			// there).
			acs.put("challenge_mandated", false);
			finish(Outcome.UNAVAILABLE, "frictionless", now);
			return;
		}
		if (request.completion().hosted() && CHANNEL_APP.equals(channel)) {
			// Hosted is browser only; the sandbox answers app data on a hosted session as
			// unavailable (Java SDK
			// UpdateSessionsTestIT.shouldUpdateCardSession_appSession).
			acs.put("challenge_mandated", false);
			finish(Outcome.UNAVAILABLE, "frictionless", now);
			return;
		}
		boolean mandated = "challenge_requested_mandate".equals(request.challengeIndicator());
		if (card.challenge() || mandated) {
			startChallenge(mandated, now);
		}
		else {
			acs.put("challenge_mandated", false);
			finish(card.outcome(), "frictionless", now);
		}
	}

	private void startChallenge(boolean mandated, Instant now) {
		status = "challenged";
		responseCode = "C";
		challenged = true;
		statusReason = "ares_status";
		flowType = "challenged";
		authenticationDate = now;
		challengeOutcome = card.challenge() ? card.outcome() : Outcome.AUTHENTICATED;
		ObjectNode acs = acs();
		acs.put("challenge_mandated", mandated);
		acs.put("authentication_type", "02");
		acs.put("interface", CHANNEL_APP.equals(channel) ? "native_ui" : "html");
		if (CHANNEL_APP.equals(channel)) {
			acs.put("signed_content", signedContentPlaceholder());
		}
		challengeRequest = creq();
		// The sandbox hands out the DS certificates on every non-hosted challenge,
		// browser included (Java SDK
		// RequestAndGetSessionsTestIT and .NET RequestAndGetSessionsIntegrationTest
		// assert them on the 201 and the
		// OAuth GET of a challenged browser session).
		if (!request.completion().hosted()) {
			certificates = true;
		}
		// Hosted sessions are challenged on Checkout.com's hosted page, so the cardholder
		// still has to be sent there.
		nextActions = request.completion().hosted() ? List.of("redirect_cardholder") : List.of("challenge_cardholder");
	}

	/**
	 * The ACS page's verdict: the right password gives the card's challenge outcome, a
	 * wrong one declines.
	 */
	synchronized void finishChallenge(boolean passwordAccepted, boolean cancelled, Instant now) {
		if (cancelled) {
			ObjectNode acs = acs();
			acs.put("challenge_cancel_reason", "cardholder_cancel");
			acs.put("challenge_cancel_reason_code", "01");
			finish(Outcome.CHALLENGE_ABANDONED, "challenged", now);
		}
		else {
			finish(passwordAccepted ? expectedChallengeOutcome() : Outcome.CHALLENGE_FAILED, "challenged", now);
		}
	}

	private void finish(Outcome outcome, String flow, Instant now) {
		status = outcome.status();
		responseCode = outcome.responseCode();
		approved = outcome.approved();
		statusReason = outcome.statusReason();
		responseStatusReason = outcome.responseStatusReason();
		challenged = "challenged".equals(flow);
		flowType = flow;
		cryptogram = outcome.carriesCryptogram() ? ids.cryptogram() : null;
		eci = eciFor(outcome.responseCode());
		xid = transactionId;
		authenticationDate = now;
		cardholderInfo = outcome.approved() ? "Authentication successful."
				: "Card declined. Please contact your issuing bank.";
		challengeRequest = null;
		nextActions = request.completion().hosted() ? List.of() : List.of("complete");
		events.emit(Webhooks.typeFor(status, false), callbackPayload());
	}

	/**
	 * {@code POST complete} succeeded: the result has been pushed, nothing is left to do.
	 */
	synchronized void markCompleted() {
		completed = true;
		nextActions = List.of();
	}

	/**
	 * Undoes {@link #markCompleted()} when the callback failed: the API lets the merchant
	 * call complete again.
	 */
	synchronized void reopenForCompletion() {
		completed = false;
		nextActions = List.of("complete");
	}

	/**
	 * Ends a session whose time ran out: {@code expired} while it still waits for channel
	 * data, {@code challenge_abandoned} when the cardholder did not finish the challenge
	 * in time.
	 */
	synchronized void applyTimeouts(SessionTimeouts timeouts, Instant now) {
		Duration lifetime = timeouts.sessionLifetime();
		if (lifetime != null && "pending".equals(status) && !now.isBefore(createdAt.plus(lifetime))) {
			expire();
		}
		Duration challengeTimeout = timeouts.challengeTimeout();
		if (challengeTimeout != null && "challenged".equals(status)
				&& !now.isBefore(authenticationDate.plus(challengeTimeout))) {
			ObjectNode acs = acs();
			acs.put("challenge_cancel_reason", "challenge_timed_out");
			acs.put("challenge_cancel_reason_code", "04");
			finish(Outcome.CHALLENGE_ABANDONED, "challenged", now);
		}
	}

	/**
	 * Ends a session that is not yet final, as the API does when the cardholder never
	 * finishes.
	 */
	synchronized boolean expire() {
		if (!"pending".equals(status) && !"challenged".equals(status) && !"processing".equals(status)) {
			return false;
		}
		status = "expired";
		approved = false;
		responseCode = null;
		challengeRequest = null;
		nextActions = List.of();
		events.emit(Webhooks.typeFor(status, false), callbackPayload());
		return true;
	}

	synchronized EmulatedSession snapshot() {
		return new EmulatedSession(id, status, nextActions, completed, request.completion().hosted(), channel,
				responseCode, approved, request.reference(), methodInvoked, methodCompletion, createdAt, account);
	}

	/**
	 * The wire body of this session as a caller with the given credentials may see it.
	 */
	ObjectNode toJson(SessionView view) {
		SessionState state;
		synchronized (this) {
			state = state();
		}
		return SessionJson.render(state, view);
	}

	/**
	 * The body pushed to {@code callback_url} on complete (the callback body of the API
	 * reference).
	 */
	synchronized ObjectNode callbackPayload() {
		ObjectNode body = Json.object();
		body.put("session_id", id);
		Json.putIfPresent(body, "amount", request.amount());
		body.put("currency", request.currency());
		body.put("status", status);
		body.put("authentication_type", request.authenticationType());
		body.put("authentication_category", request.authenticationCategory());
		Json.putIfPresent(body, "reference", request.reference());
		Json.putIfPresent(body, "approved", approved);
		body.put("protocol_version", SessionJson.PROTOCOL_VERSION);
		Json.putIfPresent(body, "response_code", responseCode);
		Json.putIfPresent(body, "response_reason", responseStatusReason);
		Json.putIfPresent(body, "cryptogram", cryptogram);
		Json.putIfPresent(body, "eci", eci);
		Json.putIfPresent(body, "xid", xid);
		Json.putIfPresent(body, "cardholder_info", cardholderInfo);
		Json.putIfPresent(body, "challenged", challenged);
		return body;
	}

	/** The CRes the ACS sends back after the challenge (EMVCo), base64url-encoded. */
	synchronized String cres() {
		ObjectNode cres = Json.object();
		cres.put("threeDSServerTransID", transactionId);
		cres.put("acsTransID", acs == null ? "" : Json.text(acs, "transaction_id"));
		cres.put("messageType", "CRes");
		cres.put("messageVersion", SessionJson.PROTOCOL_VERSION);
		cres.put("transStatus", responseCode == null ? "U" : responseCode);
		return base64Url(Json.write(cres));
	}

	/** The ACS data, set by {@link #authenticate} before any challenge exists. */
	private ObjectNode acs() {
		ObjectNode current = acs;
		if (current == null) {
			throw new IllegalStateException("Session " + id + " has no ACS data: it was not authenticated");
		}
		return current;
	}

	/**
	 * The outcome chosen when the challenge started, which a correct password then gives.
	 */
	private Outcome expectedChallengeOutcome() {
		Outcome outcome = challengeOutcome;
		if (outcome == null) {
			throw new IllegalStateException("Session " + id + " finishes a challenge that never started");
		}
		return outcome;
	}

	private String creq() {
		ObjectNode creq = Json.object();
		creq.put("threeDSServerTransID", transactionId);
		creq.put("acsTransID", Json.text(acs, "transaction_id"));
		creq.put("challengeWindowSize", "05");
		creq.put("messageType", "CReq");
		creq.put("messageVersion", SessionJson.PROTOCOL_VERSION);
		return base64Url(Json.write(creq));
	}

	/**
	 * Shaped like a compact JWS so app-channel clients can pass it on; nothing verifies
	 * it in the emulator.
	 */
	private String signedContentPlaceholder() {
		return base64Url("{\"alg\":\"PS256\"}") + "." + base64Url("{\"acsURL\":\"emulator\"}") + "."
				+ base64Url(ids.uuid());
	}

	private String eciFor(String transStatus) {
		boolean mastercard = "mastercard".equals(scheme);
		return switch (transStatus) {
			case "Y" -> mastercard ? "02" : "05";
			case "A" -> mastercard ? "01" : "06";
			default -> mastercard ? "00" : "07";
		};
	}

	private static String base64Url(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A consistent copy of the mutable state, taken under the monitor, for rendering
	 * outside it.
	 */
	private SessionState state() {
		return new SessionState(this, status, nextActions, completed, challenged, approved, statusReason, responseCode,
				responseStatusReason, channel, ds == null ? null : ds.deepCopy(), acs == null ? null : acs.deepCopy(),
				challengeRequest, certificates, cryptogram, eci, xid, cardholderInfo, flowType, authenticationDate);
	}

}
