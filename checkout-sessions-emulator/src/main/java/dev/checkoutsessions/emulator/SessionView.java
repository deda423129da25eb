package dev.checkoutsessions.emulator;

import org.jspecify.annotations.Nullable;

/**
 * Who is looking at a session and how: OAuth callers see everything, session-secret
 * callers do not see {@code session_secret}, {@code certificates}, {@code cryptogram} or
 * {@code eci} (Java SDK RequestAndGetSessionsTestIT; API reference). The optional
 * {@code channel} request header limits {@code next_actions} to that channel.
 *
 * @param oauth whether the caller authenticated with an OAuth token
 * @param channelHint the {@code channel} header of a GET, or {@code null}
 * @param baseUrl the emulator's base URL for {@code _links}
 */
record SessionView(boolean oauth, @Nullable String channelHint, String baseUrl) {
}
