package dev.checkoutsessions.emulator;

import org.jspecify.annotations.Nullable;

/**
 * The result of an authentication as the session reports it: {@code status}, EMVCo
 * {@code response_code} (EMVCo transStatus), {@code approved} and the reasons, per the
 * API reference's status table.
 */
enum Outcome {

	AUTHENTICATED("approved", "Y", true, "ares_status", null),

	NOT_AUTHENTICATED("declined", "N", false, "ares_status", "01"),

	ATTEMPTED("attempted", "A", true, "ares_status", null),

	REJECTED("rejected", "R", false, "ares_status", "09"),

	/** Authentication could not be performed by the issuer. */
	UNAVAILABLE("unavailable", "U", false, "ares_status", "08"),

	/** The card is not enrolled in 3-D Secure. */
	NOT_ENROLLED("unavailable", "U", false, "ares_status", "13"),

	/** The scheme's directory server could not be reached or answered with an error. */
	SCHEME_ERROR("unavailable", "U", false, "ares_error", "12"),

	/** The cardholder entered a wrong one-time password in the challenge. */
	CHALLENGE_FAILED("declined", "N", false, "rreq_status", "01"),

	/** The cardholder cancelled the challenge. */
	CHALLENGE_ABANDONED("challenge_abandoned", "N", false, "rreq_status", "26");

	private final String status;

	private final String responseCode;

	private final boolean approved;

	private final String statusReason;

	private final @Nullable String responseStatusReason;

	Outcome(String status, String responseCode, boolean approved, String statusReason,
			@Nullable String responseStatusReason) {
		this.status = status;
		this.responseCode = responseCode;
		this.approved = approved;
		this.statusReason = statusReason;
		this.responseStatusReason = responseStatusReason;
	}

	String status() {
		return status;
	}

	String responseCode() {
		return responseCode;
	}

	boolean approved() {
		return approved;
	}

	String statusReason() {
		return statusReason;
	}

	@Nullable String responseStatusReason() {
		return responseStatusReason;
	}

	/**
	 * Whether the issuer vouches for the cardholder, so a cryptogram (CAVV/AAV) is
	 * issued.
	 */
	boolean carriesCryptogram() {
		return "Y".equals(responseCode) || "A".equals(responseCode);
	}

	/**
	 * Hosted sessions send the cardholder to {@code success_url} for approved or
	 * attempted, otherwise failure.
	 */
	boolean isHostedSuccess() {
		return approved;
	}

}
