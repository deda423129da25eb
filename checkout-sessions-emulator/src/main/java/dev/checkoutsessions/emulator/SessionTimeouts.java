package dev.checkoutsessions.emulator;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How long a session may wait for channel data and a challenge for the cardholder;
 * {@code null} means no limit. Checked when a session is next used, against the
 * emulator's clock, so tests move the clock instead of sleeping.
 */
record SessionTimeouts(@Nullable Duration sessionLifetime, @Nullable Duration challengeTimeout) {
}
