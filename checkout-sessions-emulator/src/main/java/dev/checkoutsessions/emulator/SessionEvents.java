package dev.checkoutsessions.emulator;

import tools.jackson.databind.node.ObjectNode;

/** Where a session reports the events Checkout.com would send webhooks for. Must not block: sessions call it under their lock. */
interface SessionEvents {

	SessionEvents NONE = (type, data) -> {
	};

	void emit(String type, ObjectNode data);
}
