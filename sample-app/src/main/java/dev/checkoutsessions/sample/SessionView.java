package dev.checkoutsessions.sample;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.checkoutsessions.client.model.Acs;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.Link;
import dev.checkoutsessions.client.model.NextAction;
import dev.checkoutsessions.client.model.OpenEnum;
import dev.checkoutsessions.client.model.ThreeDsInfo;

/**
 * What the sample's endpoints return about a session: what the page needs to drive the next step, and the result.
 * The cryptogram is masked; the session secret appears only in the answer that created the session, because the
 * front end needs it for the session-scoped calls.
 *
 * @param id the session id
 * @param status the session status
 * @param approved whether authentication succeeded (final sessions only)
 * @param completed whether the session was completed
 * @param responseCode the EMVCo transaction status ({@code Y}, {@code C}, {@code N}…)
 * @param nextActions what the integration must do next
 * @param transactionId the 3DS Server transaction id (goes into {@code threeDSMethodData})
 * @param threeDsMethodUrl the issuer's 3DS Method URL, when the card range has one
 * @param acsUrl where to send the challenge request, when challenged
 * @param challengeRequest the base64url CReq to post to {@code acsUrl}
 * @param redirectUrl the hosted page to send the cardholder to (hosted sessions)
 * @param eci the electronic commerce indicator (OAuth reads only)
 * @param cryptogram the first four characters of the authentication cryptogram (OAuth reads only)
 * @param sessionSecret the {@code sek_…} secret, only when the session was just created
 * @param call which sample call produced this answer, how it authenticated and how long the API call took
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SessionView(String id, String status, Boolean approved, Boolean completed, String responseCode,
		List<String> nextActions, String transactionId, String threeDsMethodUrl, String acsUrl,
		String challengeRequest, String redirectUrl, String eci, String cryptogram, String sessionSecret,
		Call call) {

	static SessionView of(GetSessionResponse session, Call call, boolean includeSecret) {
		Acs acs = session.getAcs();
		ThreeDsInfo threeDs = session.getThreeDs();
		return new SessionView(session.getId(), value(session.getStatus()), session.getApproved(),
				session.getCompleted(), value(session.getResponseCode()),
				session.getNextActions().stream().map(NextAction::value).toList(), session.getTransactionId(),
				link(session, "three_ds_method_url"), (acs != null) ? acs.getUrl() : null,
				(threeDs != null) ? threeDs.getChallengeRequest() : null, link(session, "redirect_url"),
				session.getEci(), maskCryptogram(session.getCryptogram()),
				includeSecret ? session.getSessionSecret() : null, call);
	}

	/** Enough to show that a cryptogram came back, not enough to replay it. */
	static String maskCryptogram(String cryptogram) {
		if (cryptogram == null || cryptogram.isEmpty()) {
			return null;
		}
		return cryptogram.substring(0, Math.min(4, cryptogram.length())) + "****";
	}

	private static String value(OpenEnum value) {
		return (value != null) ? value.value() : null;
	}

	private static String link(GetSessionResponse session, String rel) {
		return session.getLink(rel).map(Link::getHref).orElse(null);
	}

	/**
	 * One call the sample made to the Sessions API.
	 *
	 * @param operation the client operation ({@code request_session}, {@code get_session_details}…)
	 * @param auth {@code oauth} or {@code session_secret}
	 * @param durationMs how long the call took on the server, in milliseconds
	 */
	record Call(String operation, String auth, long durationMs) {

	}

}
