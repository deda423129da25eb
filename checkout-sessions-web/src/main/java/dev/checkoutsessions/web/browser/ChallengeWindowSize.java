package dev.checkoutsessions.web.browser;

import java.util.Arrays;
import java.util.Optional;

/**
 * The size of the challenge window the 3DS Requestor asked the ACS to fit (EMVCo
 * {@code challengeWindowSize}). The iframe that shows the challenge must be exactly this
 * size; {@link #FULL_SCREEN} fills the viewport.
 *
 * @since 0.1.0
 */
public enum ChallengeWindowSize {

	/** {@code 01}: 250 × 400 pixels. */
	SIZE_250_X_400("01", 250, 400),

	/** {@code 02}: 390 × 400 pixels. */
	SIZE_390_X_400("02", 390, 400),

	/** {@code 03}: 500 × 600 pixels. */
	SIZE_500_X_600("03", 500, 600),

	/** {@code 04}: 600 × 400 pixels. */
	SIZE_600_X_400("04", 600, 400),

	/** {@code 05}: the whole browser window. */
	FULL_SCREEN("05", 0, 0);

	private final String code;

	private final int width;

	private final int height;

	ChallengeWindowSize(String code, int width, int height) {
		this.code = code;
		this.width = width;
		this.height = height;
	}

	/**
	 * {@return the EMVCo code, {@code 01} to {@code 05}}
	 */
	public String code() {
		return this.code;
	}

	/**
	 * {@return the width in CSS pixels, or 0 for {@link #FULL_SCREEN}}
	 */
	public int width() {
		return this.width;
	}

	/**
	 * {@return the height in CSS pixels, or 0 for {@link #FULL_SCREEN}}
	 */
	public int height() {
		return this.height;
	}

	/**
	 * {@return whether the challenge fills the browser window}
	 */
	public boolean isFullScreen() {
		return this == FULL_SCREEN;
	}

	/**
	 * The size for an EMVCo code.
	 * @param code {@code 01} to {@code 05}
	 * @return the size, or empty for any other value
	 */
	public static Optional<ChallengeWindowSize> ofCode(String code) {
		return Arrays.stream(values()).filter((size) -> size.code.equals(code)).findFirst();
	}

	@Override
	public String toString() {
		return isFullScreen() ? "full screen (" + this.code + ")"
				: this.width + "x" + this.height + " (" + this.code + ")";
	}

}
