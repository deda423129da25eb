package dev.checkoutsessions.web.browser;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.model.Acs;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.Link;
import dev.checkoutsessions.client.model.NextAction;
import dev.checkoutsessions.client.model.OpenEnum;
import dev.checkoutsessions.client.model.ResponseCode;
import dev.checkoutsessions.client.model.SessionStatus;

/**
 * What an integration does next with a session, derived from its {@code status},
 * {@code next_actions} and {@code _links}. A closed set, so a {@code switch} over it is
 * checked for completeness:
 *
 * <pre>{@code
 * switch (NextStep.of(session)) {
 *     case NextStep.CollectData collect -> ...
 *     case NextStep.RunMethod method -> ...
 *     case NextStep.Challenge challenge -> ...
 *     case NextStep.Redirect redirect -> ...
 *     case NextStep.Wait wait -> ...
 *     case NextStep.Complete complete -> ...
 *     case NextStep.Authorise authorise -> ...
 *     case NextStep.DoNotAuthorise refuse -> ...
 * }
 * }</pre>
 *
 * The order follows the flow: the 3DS Method comes before the channel data (its indicator
 * travels with them), a final session is completed before its result is used, and only
 * {@code Y}, {@code A} and {@code I} results may go on to authorization.
 *
 * @since 0.1.0
 */
public sealed interface NextStep {

	/**
	 * {@return the session this step is for}
	 */
	String sessionId();

	/**
	 * Decides the next step.
	 * @param session a session as the API returned it (create, read, update)
	 * @return the next step
	 * @throws IllegalArgumentException when {@code session} is null or has no id
	 */
	static NextStep of(GetSessionResponse session) {
		if (session == null) {
			throw new IllegalArgumentException("session must not be null");
		}
		String id = session.getId();
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("session has no id: pass the body the Sessions API returned");
		}
		SessionStatus status = session.getStatus();
		if (session.isFinal() && status != null) {
			if (session.hasNextAction(NextAction.COMPLETE) && !Boolean.TRUE.equals(session.getCompleted())) {
				return new Complete(id, status.value());
			}
			ResponseCode code = session.getResponseCode();
			boolean proceed = ResponseCode.Y.equals(code) || ResponseCode.A.equals(code) || ResponseCode.I.equals(code)
					|| (code == null && Boolean.TRUE.equals(session.getApproved()));
			if (proceed) {
				return new Authorise(id, status.value(), value(code), session.getEci(), session.getCryptogram(),
						session.getXid());
			}
			return new DoNotAuthorise(id, status.value(), value(code), session.getResponseStatusReason());
		}
		if (session.hasNextAction(NextAction.REDIRECT_CARDHOLDER)) {
			String url = link(session, "redirect_url");
			if (url != null) {
				return new Redirect(id, url);
			}
		}
		if (session.hasNextAction(NextAction.ISSUER_FINGERPRINT)) {
			String url = link(session, "three_ds_method_url");
			if (url != null) {
				return new RunMethod(id, url, session.getTransactionId(),
						session.hasNextAction(NextAction.COLLECT_CHANNEL_DATA));
			}
		}
		if (session.hasNextAction(NextAction.COLLECT_CHANNEL_DATA)) {
			return new CollectData(id);
		}
		Acs acs = session.getAcs();
		if (session.hasNextAction(NextAction.CHALLENGE_CARDHOLDER) && acs != null && acs.getUrl() != null) {
			ChallengeRequest creq = ChallengeRequest.of(session).orElse(null);
			if (creq != null) {
				return new Challenge(id, acs.getUrl(), creq);
			}
		}
		return new Wait(id, (status != null) ? status.value() : "unknown",
				session.getNextActions().stream().map(NextAction::value).toList());
	}

	private static @Nullable String link(GetSessionResponse session, String rel) {
		return session.getLink(rel).map(Link::getHref).orElse(null);
	}

	private static @Nullable String value(@Nullable OpenEnum value) {
		return (value != null) ? value.value() : null;
	}

	/**
	 * Send the browser's channel data ({@code PUT /sessions/{id}/collect-data}), built
	 * with {@link BrowserSessions#from}.
	 *
	 * @param sessionId the session
	 */
	record CollectData(String sessionId) implements NextStep {
	}

	/**
	 * Load the issuer's 3DS Method URL in a hidden iframe, wait for its notification at
	 * most 10 seconds, then send the channel data with {@code three_ds_method_completion}
	 * {@code Y} (notified) or {@code U} (timed out).
	 *
	 * @param sessionId the session
	 * @param methodUrl {@code _links.three_ds_method_url}
	 * @param transactionId the 3DS Server transaction id ({@code threeDSServerTransID} of
	 * {@code threeDSMethodData})
	 * @param thenCollectData whether channel data are still to be sent (otherwise report
	 * the indicator through {@code PUT /sessions/{id}/issuer-fingerprint})
	 */
	record RunMethod(String sessionId, String methodUrl, @Nullable String transactionId,
			boolean thenCollectData) implements NextStep {
	}

	/**
	 * Post the CReq to the ACS in an iframe of the given size, then wait for the result.
	 *
	 * @param sessionId the session
	 * @param acsUrl {@code acs.url}
	 * @param challengeRequest the decoded {@code 3ds.challenge_request}, with its window
	 * size
	 */
	record Challenge(String sessionId, String acsUrl, ChallengeRequest challengeRequest) implements NextStep {

		/**
		 * {@return the size the challenge iframe must have}
		 */
		public ChallengeWindowSize windowSize() {
			return this.challengeRequest.windowSize();
		}

	}

	/**
	 * Send the cardholder to Checkout.com's hosted page (hosted sessions).
	 *
	 * @param sessionId the session
	 * @param redirectUrl {@code _links.redirect_url}
	 */
	record Redirect(String sessionId, String redirectUrl) implements NextStep {
	}

	/**
	 * Nothing to do but wait: the session is being processed, or the challenge is under
	 * way in the browser. Read it again (or wait for the completion event).
	 *
	 * @param sessionId the session
	 * @param status its status ({@code processing}, {@code challenged}…)
	 * @param nextActions its {@code next_actions}, as sent
	 */
	record Wait(String sessionId, String status, List<String> nextActions) implements NextStep {
	}

	/**
	 * The session is final: call {@code POST /sessions/{id}/complete}, which makes
	 * Checkout.com post the result to the {@code callback_url}; then read it again.
	 *
	 * @param sessionId the session
	 * @param status its final status
	 */
	record Complete(String sessionId, String status) implements NextStep {
	}

	/**
	 * Authentication succeeded or was attempted ({@code response_code} {@code Y},
	 * {@code A} or {@code I}): authorise the payment with this ECI and cryptogram. Both
	 * come only with OAuth reads: a session read with its session secret has neither, so
	 * read it with the merchant's credentials before authorising. {@link #toString()}
	 * masks the cryptogram.
	 *
	 * @param sessionId the session
	 * @param status {@code approved} or {@code attempted}
	 * @param responseCode {@code Y}, {@code A} or {@code I}
	 * @param eci the electronic commerce indicator for the authorization
	 * @param cryptogram the authentication value (CAVV/AAV) for the authorization
	 * @param xid the transaction id some processors want with it
	 */
	record Authorise(String sessionId, String status, @Nullable String responseCode, @Nullable String eci,
			@Nullable String cryptogram, @Nullable String xid) implements NextStep {

		/**
		 * {@return whether ECI and cryptogram are both present, as an OAuth read returns
		 * them}
		 */
		public boolean hasAuthenticationValue() {
			return this.eci != null && this.cryptogram != null;
		}

		@Override
		public String toString() {
			return "Authorise[sessionId=" + this.sessionId + ", status=" + this.status + ", responseCode="
					+ this.responseCode + ", eci=" + this.eci + ", cryptogram="
					+ ((this.cryptogram != null) ? "****" : null) + "]";
		}

	}

	/**
	 * Authentication failed, was rejected, could not be performed, expired or was
	 * abandoned: do not send this card to authorization with 3-D Secure data; ask the
	 * shopper for another card.
	 *
	 * @param sessionId the session
	 * @param status the final status
	 * @param responseCode {@code N}, {@code R}, {@code U}…, when the scheme answered
	 * @param responseStatusReason EMVCo {@code transStatusReason}
	 * ({@code 01}–{@code 26}), when given
	 */
	record DoNotAuthorise(String sessionId, String status, @Nullable String responseCode,
			@Nullable String responseStatusReason) implements NextStep {
	}

}
