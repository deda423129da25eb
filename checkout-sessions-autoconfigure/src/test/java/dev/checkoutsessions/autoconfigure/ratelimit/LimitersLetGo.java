package dev.checkoutsessions.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.function.IntSupplier;

import org.awaitility.Awaitility;

/**
 * Waits for the garbage collector to take the limiters no client holds: only the one the
 * test holds is left.
 */
final class LimitersLetGo {

	private LimitersLetGo() {
	}

	static void await(IntSupplier size) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
			System.gc();
			return size.getAsInt() == 1;
		});
	}

}
