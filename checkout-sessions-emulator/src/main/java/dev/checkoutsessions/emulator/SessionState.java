package dev.checkoutsessions.emulator;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/** An immutable copy of a session's state at one instant, rendered to JSON without holding the session's monitor. */
record SessionState(Session session, String status, List<String> nextActions, boolean completed, Boolean challenged,
		Boolean approved, String statusReason, String responseCode, String responseStatusReason, String channel,
		ObjectNode ds, ObjectNode acs, String challengeRequest, boolean certificates, String cryptogram, String eci,
		String xid, String cardholderInfo, String flowType, Instant authenticationDate) {
}
