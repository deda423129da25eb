package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * The interrupting alarm on its own: it ends an exchange still running at the deadline as
 * a read timeout, never leaves the caller's thread interrupted (even when it rings as the
 * exchange returns), and keeps an interrupt that was the caller's own.
 */
class DeadlineAlarmTests {

	@Test
	void anExchangeStillWaitingAtTheDeadlineEndsAsAReadTimeout() {
		try (CallDeadline.Scope scope = new CallDeadline(Duration.ofMillis(300)).enter()) {
			long began = System.nanoTime();
			assertThatExceptionOfType(CheckoutTransportException.class)
				.isThrownBy(() -> guarded(DeadlineAlarmTests::waitForever))
				.satisfies((ex) -> {
					assertThat(ex.getKind()).isEqualTo(CheckoutTransportException.Kind.READ_TIMEOUT);
					assertThat(ex.getMessage())
						.startsWith("GET /sessions/{id} failed: no answer before the call's deadline");
				});
			assertThat(Duration.ofNanos(System.nanoTime() - began)).isBetween(Duration.ofMillis(250),
					Duration.ofMillis(600));
		}
		assertThat(Thread.currentThread().isInterrupted()).isFalse();
	}

	@Test
	void neverLeavesTheCallerInterruptedWhenItRingsAsTheExchangeEnds() {
		for (int i = 0; i < 500; i++) {
			try (CallDeadline.Scope scope = new CallDeadline(Duration.ofMillis(2)).enter()) {
				// Ends around the moment the alarm rings: before, at or after it.
				long until = System.nanoTime() + ThreadLocalRandom.current().nextLong(TimeUnit.MILLISECONDS.toNanos(4));
				try {
					String result = guarded(() -> {
						while (System.nanoTime() < until) {
							Thread.onSpinWait();
						}
						return "answer";
					});
					assertThat(result).isEqualTo("answer");
				}
				catch (CheckoutTransportException ex) {
					fail("the exchange ended by itself; nothing to report", ex);
				}
			}
			assertThat(Thread.currentThread().isInterrupted()).as("interrupted after run %d", i).isFalse();
		}
	}

	@Test
	void keepsAnInterruptThatWasTheCallersOwn() {
		try (CallDeadline.Scope scope = new CallDeadline(Duration.ofMillis(50)).enter()) {
			Thread.currentThread().interrupt();
			assertThat(guarded(() -> "answer")).isEqualTo("answer");
			assertThat(Thread.interrupted()).isTrue();
		}
	}

	@Test
	void outsideACallNothingIsArmed() {
		assertThat(guarded(() -> {
			sleep(50);
			return "answer";
		})).isEqualTo("answer");
	}

	@Test
	void httpClient5NeedsNoAlarmAndEveryOtherFactoryGetsOne() {
		assertThat(DeadlineAlarm.forFactory(new HttpComponentsClientHttpRequestFactory())).isSameAs(DeadlineAlarm.NONE);
		assertThat(DeadlineAlarm.forFactory(new JdkClientHttpRequestFactory())).isSameAs(DeadlineAlarm.INTERRUPTING);
		assertThat(DeadlineAlarm.forFactory(new SimpleClientHttpRequestFactory())).isSameAs(DeadlineAlarm.INTERRUPTING);
	}

	/** An exchange as the transports run one under the interrupting alarm. */
	private static <T> T guarded(Supplier<T> exchange) {
		DeadlineAlarm.Armed alarm = DeadlineAlarm.INTERRUPTING.arm();
		try {
			T result = exchange.get();
			alarm.ended();
			return result;
		}
		catch (RuntimeException ex) {
			throw alarm.failed("GET /sessions/{id}", ex);
		}
	}

	/** Waits as Spring's JDK, Jetty and Reactor requests do: until interrupted. */
	private static String waitForever() {
		try {
			Thread.sleep(10_000);
			return "too late";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Request was interrupted", ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException("interrupted outside a call", ex);
		}
	}

}
