package dev.checkoutsessions.web.browser;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.model.GetSessionResponse;

/**
 * A {@link NextStep} as the browser may see it: what {@code /checkout-sessions/3ds.js}
 * needs to carry the flow on, and nothing it must not have (no ECI, cryptogram or session
 * secret; authorise on the server). Return it from your create, read and complete
 * endpoints, alone or as the {@code step} field of a larger answer.
 *
 * @param sessionId the session
 * @param step {@code collect_data}, {@code run_method}, {@code challenge},
 * {@code redirect}, {@code wait}, {@code complete}, {@code authorise} or
 * {@code do_not_authorise}
 * @param status the session status
 * @param responseCode the EMVCo transaction status, when there is one
 * @param methodUrl the issuer's 3DS Method URL ({@code run_method})
 * @param transactionId the 3DS Server transaction id ({@code run_method})
 * @param acsUrl where to post the CReq ({@code challenge})
 * @param challengeRequest the base64url CReq ({@code challenge})
 * @param windowSize its {@code challengeWindowSize}, {@code 01}–{@code 05}
 * ({@code challenge})
 * @param width the challenge iframe's width in pixels, 0 for full screen
 * ({@code challenge})
 * @param height the challenge iframe's height in pixels, 0 for full screen
 * ({@code challenge})
 * @param redirectUrl the hosted page ({@code redirect})
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BrowserStep(String sessionId, String step, @Nullable String status, @Nullable String responseCode,
		@Nullable String methodUrl, @Nullable String transactionId, @Nullable String acsUrl,
		@Nullable String challengeRequest, @Nullable String windowSize, @Nullable Integer width,
		@Nullable Integer height, @Nullable String redirectUrl) {

	/**
	 * The browser's view of a session's next step.
	 * @param session a session as the API returned it
	 * @return what the page does next
	 */
	public static BrowserStep of(GetSessionResponse session) {
		String status = (session.getStatus() != null) ? session.getStatus().value() : null;
		String code = (session.getResponseCode() != null) ? session.getResponseCode().value() : null;
		NextStep next = NextStep.of(session);
		String id = next.sessionId();
		if (next instanceof NextStep.RunMethod method) {
			return new BrowserStep(id, "run_method", status, code, method.methodUrl(), method.transactionId(), null,
					null, null, null, null, null);
		}
		if (next instanceof NextStep.Challenge challenge) {
			ChallengeWindowSize size = challenge.windowSize();
			return new BrowserStep(id, "challenge", status, code, null, null, challenge.acsUrl(),
					challenge.challengeRequest().encoded(), size.code(), size.width(), size.height(), null);
		}
		if (next instanceof NextStep.Redirect redirect) {
			return simple(id, "redirect", status, code, redirect.redirectUrl());
		}
		return simple(id, name(next), status, code, null);
	}

	private static BrowserStep simple(String id, String step, @Nullable String status, @Nullable String code,
			@Nullable String redirectUrl) {
		return new BrowserStep(id, step, status, code, null, null, null, null, null, null, null, redirectUrl);
	}

	private static String name(NextStep next) {
		if (next instanceof NextStep.CollectData) {
			return "collect_data";
		}
		if (next instanceof NextStep.Complete) {
			return "complete";
		}
		if (next instanceof NextStep.Authorise) {
			return "authorise";
		}
		if (next instanceof NextStep.DoNotAuthorise) {
			return "do_not_authorise";
		}
		return "wait";
	}

}
