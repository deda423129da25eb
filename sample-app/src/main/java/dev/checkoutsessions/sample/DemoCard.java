package dev.checkoutsessions.sample;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sandbox test cards the page offers (Checkout.com's documented sandbox cards). The
 * browser and curl pick a card by its key, so full card numbers never leave the server.
 */
enum DemoCard {

	FRICTIONLESS("frictionless", "Frictionless — authenticated", "4485040371536584"),
	CHALLENGE("challenge", "Challenge — authenticated (password Checkout1!)", "4242424242424242"),
	DECLINED("declined", "Frictionless — not authenticated (declined)", "4539628347117863"),
	ATTEMPTED("attempted", "Frictionless — attempted", "4556574722325580"),
	REJECTED("rejected", "Frictionless — rejected", "4275765574319271"),
	UNAVAILABLE("unavailable", "Frictionless — could not be performed", "4024007186645015"),
	CHALLENGE_DECLINED("challenge-declined", "Challenge — not authenticated", "4243754271700719"),
	NO_METHOD("no-3ds-method", "Frictionless — no 3DS Method URL", "5121073611487018"),
	NOT_ENROLLED("not-enrolled", "Frictionless — card not enrolled in 3-D Secure", "4484070000035519"),
	SCHEME_ERROR("scheme-error", "Frictionless — the card scheme answered with an error", "4452927588210665"),
	CHALLENGE_ATTEMPTED("challenge-attempted", "Challenge — attempted", "4152868552773614"),
	CHALLENGE_REJECTED("challenge-rejected", "Challenge — rejected", "4150561000000019"),
	CHALLENGE_UNAVAILABLE("challenge-unavailable", "Challenge — could not be performed", "4447336775378848"),
	CHALLENGE_NO_METHOD("challenge-no-3ds-method", "Challenge — no 3DS Method URL (password Checkout1!)",
			"4485597929486000");

	private final String key;

	private final String label;

	private final String number;

	DemoCard(String key, String label, String number) {
		this.key = key;
		this.label = label;
		this.number = number;
	}

	static Optional<DemoCard> byKey(String key) {
		return Arrays.stream(values()).filter((card) -> card.key.equals(key)).findFirst();
	}

	public String getKey() {
		return key;
	}

	public String getLabel() {
		return label;
	}

	/** What the page shows: the scheme and last four digits, never the whole number. */
	public String getMasked() {
		String scheme = number.startsWith("4") ? "Visa" : number.startsWith("3") ? "Amex" : "Mastercard";
		return scheme + " " + CallBodies.lastFour(number);
	}

	String number() {
		return number;
	}

}
