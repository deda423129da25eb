package dev.checkoutsessions.sample;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.NextAction;
import dev.checkoutsessions.client.model.OpenEnum;
import dev.checkoutsessions.web.browser.BrowserStep;
import dev.checkoutsessions.web.browser.NextStep;

/**
 * What the sample's endpoints answer: the kit's {@link BrowserStep} (all {@code 3ds.js}
 * needs to carry on), the Checkout.com call that produced it, so the page can teach it,
 * and, once the session is final, the result in plain words. No session secret; the
 * cryptogram is masked (a real merchant keeps it on the server for the authorization).
 *
 * @param step what the page's script does next
 * @param call the Checkout.com call behind this answer
 * @param result the outcome, once the session is final
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SessionAnswer(BrowserStep step, Call call, Result result) {

	static SessionAnswer of(GetSessionResponse session, Call call) {
		return new SessionAnswer(BrowserStep.of(session), call, session.isFinal() ? Result.of(session) : null);
	}

	/**
	 * One Checkout.com call, as the page's timeline shows it.
	 *
	 * @param request method and API path, e.g. {@code POST /sessions}
	 * @param httpStatus what Checkout.com answered
	 * @param status the session status after the call
	 * @param nextActions the session's {@code next_actions} after the call
	 * @param auth {@code oauth}: the sample's server calls with the merchant's
	 * credentials
	 * @param durationMs how long the call took on the server
	 * @param requestBody what the server sent, masked ({@link CallBodies}); absent for a
	 * call without a body
	 * @param responseBody what Checkout.com answered, masked
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Call(String request, int httpStatus, String status, List<String> nextActions, String auth, long durationMs,
			JsonNode requestBody, JsonNode responseBody) {

		static Call of(String request, int httpStatus, GetSessionResponse session, long durationMs) {
			return of(request, httpStatus, session, durationMs, null, null);
		}

		static Call of(String request, int httpStatus, GetSessionResponse session, long durationMs,
				JsonNode requestBody, JsonNode responseBody) {
			return new Call(request, httpStatus, value(session.getStatus()),
					session.getNextActions().stream().map(NextAction::value).toList(), "oauth", durationMs, requestBody,
					responseBody);
		}

	}

	/**
	 * A final session, explained for the shopper and the merchant.
	 *
	 * @param id the session
	 * @param status the final status
	 * @param statusMeaning what it means
	 * @param approved whether authentication succeeded
	 * @param completed whether the session was completed
	 * @param responseCode EMVCo {@code transStatus}
	 * @param responseCodeMeaning what it means
	 * @param eci the electronic commerce indicator
	 * @param eciMeaning what it means
	 * @param cryptogram the first four characters of the cryptogram
	 * @param merchantNext what the merchant does now
	 * @param authorise whether the merchant goes on to authorise with this authentication
	 */
	record Result(String id, String status, String statusMeaning, Boolean approved, Boolean completed,
			String responseCode, String responseCodeMeaning, String eci, String eciMeaning, String cryptogram,
			String merchantNext, boolean authorise) {

		private static final Map<String, String> STATUS = Map.of("approved", "The issuer authenticated the cardholder.",
				"attempted", "The issuer could not authenticate but proved the attempt: the payment may go on.",
				"declined", "The issuer did not authenticate the cardholder.", "rejected",
				"The issuer refused authentication and asks you not to authorise.", "unavailable",
				"Authentication could not be performed (the issuer or the scheme could not be reached).",
				"challenge_abandoned", "The cardholder left the challenge without answering.", "expired",
				"The session ran out of time before authentication finished.");

		private static final Map<String, String> RESPONSE_CODE = Map.of("Y", "Y: authentication verified.", "A",
				"A: attempted; the issuer's proof stands in for authentication.", "I",
				"I: informational only; an exemption was applied.", "N", "N: not authenticated.", "R",
				"R: rejected by the issuer.", "U", "U: authentication could not be performed.", "C",
				"C: a challenge is required.");

		private static final Map<String, String> ECI = Map.of("05",
				"05 (Visa): fully authenticated, fraud liability shifts to the issuer.", "02",
				"02 (Mastercard): fully authenticated, fraud liability shifts to the issuer.", "06",
				"06 (Visa): attempted, liability usually shifts to the issuer.", "01",
				"01 (Mastercard): attempted, liability usually shifts to the issuer.", "07",
				"07 (Visa): not authenticated, no liability shift.", "00",
				"00 (Mastercard): not authenticated, no liability shift.");

		static Result of(GetSessionResponse session) {
			String status = value(session.getStatus());
			String code = value(session.getResponseCode());
			String eci = session.getEci();
			// NextStep's rule: only Y, A and I go on to authorization.
			boolean authorise = (code != null) ? List.of("Y", "A", "I").contains(code)
					: Boolean.TRUE.equals(session.getApproved());
			String merchantNext = authorise
					? "Authorise the payment (POST /payments) with this ECI and the cryptogram, read on the server with "
							+ "OAuth; keep the session id with the order."
					: "Do not send this card to authorization with 3-D Secure data: ask the shopper for another card "
							+ "or another way to pay.";
			return new Result(session.getId(), status, STATUS.getOrDefault(status, "Status " + status + "."),
					session.getApproved(), session.getCompleted(), code,
					(code != null) ? RESPONSE_CODE.getOrDefault(code, code + ".")
							: "No response code: the scheme did not answer.",
					eci, (eci != null) ? ECI.getOrDefault(eci, eci + ".") : "No ECI: nothing to authorise with.",
					maskCryptogram(session.getCryptogram()), merchantNext, authorise);
		}

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

}
