package dev.checkoutsessions.emulator;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a session held by the emulator, for test assertions. It carries no secret
 * and no card number.
 *
 * @param id the session id ({@code sid_…})
 * @param status the API status ({@code pending}, {@code challenged}, {@code approved}…)
 * @param nextActions the API's {@code next_actions}
 * @param completed whether {@code POST …/complete} succeeded
 * @param hosted whether the session uses hosted completion
 * @param channel {@code browser}, {@code app} or {@code merchant_initiated} once channel
 * data arrived, else {@code null}
 * @param responseCode the EMVCo {@code response_code} once known, else {@code null}
 * @param approved {@code approved} once final, else {@code null}
 * @param reference the merchant's {@code reference}, or {@code null}
 * @param threeDsMethodInvoked whether a browser loaded the simulated 3DS Method page for
 * this session
 * @param threeDsMethodCompletion the 3DS Method completion indicator received ({@code Y},
 * {@code N}, {@code U}), or {@code null}
 * @param createdAt when the session was created
 * @param account the name of the account whose token created the session
 * ({@link SessionsEmulator#DEFAULT_ACCOUNT} for the clients added with
 * {@link SessionsEmulator.Builder#client})
 * @since 0.1.0
 */
public record EmulatedSession(String id, String status, List<String> nextActions, boolean completed, boolean hosted,
		@Nullable String channel, @Nullable String responseCode, @Nullable Boolean approved, @Nullable String reference,
		boolean threeDsMethodInvoked, @Nullable String threeDsMethodCompletion, Instant createdAt, String account) {

	/** Copies the list so the snapshot stays as it was. */
	public EmulatedSession {
		nextActions = List.copyOf(nextActions);
	}
}
