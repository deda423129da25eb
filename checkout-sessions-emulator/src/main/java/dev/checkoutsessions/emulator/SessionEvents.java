package dev.checkoutsessions.emulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a session reports the events Checkout.com would send webhooks for. Must not
 * block: sessions call it under their lock.
 */
interface SessionEvents {

	SessionEvents NONE = (type, data) -> {
	};

	/** Reports an event; a {@code null} type (an intermediate status) sends nothing. */
	void emit(@Nullable String type, ObjectNode data);

}
