package dev.checkoutsessions.emulator;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How the simulated issuer treats a card number: frictionless or challenge, the outcome,
 * and whether the card range has a 3DS Method URL. The table is the sandbox's published
 * 3DS test cards; unknown cards authenticate frictionlessly, as the sandbox simulator
 * does by default.
 */
record TestCard(boolean challenge, Outcome outcome, boolean hasMethodUrl) {

	static final TestCard DEFAULT = frictionless(Outcome.AUTHENTICATED);

	private static final Map<String, TestCard> CARDS = Map.ofEntries(
			Map.entry("4485040371536584", frictionless(Outcome.AUTHENTICATED)),
			Map.entry("4543474002249996", frictionless(Outcome.AUTHENTICATED)),
			Map.entry("5588686116426417", frictionless(Outcome.AUTHENTICATED)),
			Map.entry("5436031030606378", frictionless(Outcome.AUTHENTICATED)),
			Map.entry("5199992312641465", frictionless(Outcome.AUTHENTICATED)),
			Map.entry("345678901234564", frictionless(Outcome.AUTHENTICATED)),
			Map.entry("4539628347117863", frictionless(Outcome.NOT_AUTHENTICATED)),
			Map.entry("5309961755464047", frictionless(Outcome.NOT_AUTHENTICATED)),
			Map.entry("371064645462927", frictionless(Outcome.NOT_AUTHENTICATED)),
			Map.entry("4024007186645015", frictionless(Outcome.UNAVAILABLE)),
			Map.entry("5234106378657904", frictionless(Outcome.UNAVAILABLE)),
			Map.entry("4556574722325580", frictionless(Outcome.ATTEMPTED)),
			Map.entry("5558468902774508", frictionless(Outcome.ATTEMPTED)),
			Map.entry("4275765574319271", frictionless(Outcome.REJECTED)),
			Map.entry("5596061690670931", frictionless(Outcome.REJECTED)),
			Map.entry("343397288296672", frictionless(Outcome.REJECTED)),
			Map.entry("4484070000035519", frictionless(Outcome.NOT_ENROLLED)),
			Map.entry("5352151570003404", frictionless(Outcome.NOT_ENROLLED)),
			Map.entry("378282246310005", frictionless(Outcome.NOT_ENROLLED)),
			Map.entry("4452927588210665", frictionless(Outcome.SCHEME_ERROR)),
			Map.entry("5291144083573579", frictionless(Outcome.SCHEME_ERROR)),
			Map.entry("5121073611487018", new TestCard(false, Outcome.AUTHENTICATED, false)),
			Map.entry("4242424242424242", challenge(Outcome.AUTHENTICATED)),
			Map.entry("4010061700000021", challenge(Outcome.AUTHENTICATED)),
			Map.entry("5385308360135181", challenge(Outcome.AUTHENTICATED)),
			Map.entry("372688581899681", challenge(Outcome.AUTHENTICATED)),
			Map.entry("4243754271700719", challenge(Outcome.NOT_AUTHENTICATED)),
			Map.entry("5258901507741160", challenge(Outcome.NOT_AUTHENTICATED)),
			Map.entry("4152868552773614", challenge(Outcome.ATTEMPTED)),
			Map.entry("5518832400606463", challenge(Outcome.ATTEMPTED)),
			Map.entry("346126139326850", challenge(Outcome.ATTEMPTED)),
			Map.entry("4150561000000019", challenge(Outcome.REJECTED)),
			Map.entry("375982239796002", challenge(Outcome.REJECTED)),
			Map.entry("4447336775378848", challenge(Outcome.UNAVAILABLE)),
			Map.entry("4485597929486000", new TestCard(true, Outcome.AUTHENTICATED, false)),
			Map.entry("5259410220714099", new TestCard(true, Outcome.AUTHENTICATED, false)));

	/**
	 * The behaviour for a card number; {@code null} (token or instrument sources) gets
	 * the default.
	 */
	static TestCard of(@Nullable String cardNumber) {
		return cardNumber == null ? DEFAULT : CARDS.getOrDefault(cardNumber, DEFAULT);
	}

	private static TestCard frictionless(Outcome outcome) {
		return new TestCard(false, outcome, true);
	}

	private static TestCard challenge(Outcome outcome) {
		return new TestCard(true, outcome, true);
	}
}
