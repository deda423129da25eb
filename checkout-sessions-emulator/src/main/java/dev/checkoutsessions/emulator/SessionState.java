package dev.checkoutsessions.emulator;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * An immutable copy of a session's state at one instant, rendered to JSON without holding
 * the session's monitor.
 */
record SessionState(Session session, String status, List<String> nextActions, boolean completed,
		@Nullable Boolean challenged, @Nullable Boolean approved, @Nullable String statusReason,
		@Nullable String responseCode, @Nullable String responseStatusReason, @Nullable String channel,
		@Nullable ObjectNode ds, @Nullable ObjectNode acs, @Nullable String challengeRequest, boolean certificates,
		@Nullable String cryptogram, @Nullable String eci, @Nullable String xid, @Nullable String cardholderInfo,
		@Nullable String flowType, Instant authenticationDate) {
}
