package dev.checkoutsessions.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * Ends an HTTP exchange at the call's deadline on transports whose request factory has a
 * fixed read timeout (Spring's JDK, Jetty and Reactor Netty factories as Spring Boot
 * builds them): the calling thread is interrupted when the deadline passes, which all
 * three turn into an I/O failure of the exchange, and the failure is reported as the
 * deadline's. The interrupt is taken back before the caller sees the failure, so it never
 * leaks into the caller's thread.
 *
 * <p>
 * Not used for HttpClient 5, whose pool, connect and response waits are bounded by the
 * deadline itself ({@link HttpComponentsConnections#applyCallDeadlines}), nor for the JDK
 * factory the client builds itself, which shrinks its read timeout per request.
 */
abstract sealed class DeadlineAlarm {

	/** For a transport that bounds its own waits by the deadline. */
	static final DeadlineAlarm NONE = new None();

	/** For a transport with a fixed read timeout. */
	static final DeadlineAlarm INTERRUPTING = new Interrupting();

	/**
	 * The alarm a caller-supplied request factory needs. An HttpClient 5 factory gets
	 * none: its blocking socket reads cannot be interrupted, and the starter's bounds
	 * them by the deadline already.
	 */
	static DeadlineAlarm forFactory(ClientHttpRequestFactory factory) {
		boolean httpComponents = DefaultRequestFactories.HTTP_COMPONENTS_PRESENT
				&& factory instanceof HttpComponentsClientHttpRequestFactory;
		return httpComponents ? NONE : INTERRUPTING;
	}

	/**
	 * Arms the alarm for an exchange about to run on this thread, which then ends with
	 * {@link Armed#ended()} or {@link Armed#failed}. A handle rather than a callback, so
	 * that the exchange stays in its caller's frame.
	 * @return the armed alarm; a no-op outside a call and for {@link #NONE}
	 */
	abstract Armed arm();

	private static final class None extends DeadlineAlarm {

		@Override
		Armed arm() {
			return Armed.NOTHING;
		}

	}

	private static final class Interrupting extends DeadlineAlarm {

		@Override
		Armed arm() {
			CallDeadline deadline = CallDeadline.current();
			// An already interrupted caller gets what its own interrupt does to the
			// exchange.
			if (deadline == null || Thread.currentThread().isInterrupted()) {
				return Armed.NOTHING;
			}
			Ringer ringer = new Ringer(Thread.currentThread());
			// The JDK's shared delay scheduler (as Spring's JDK factory uses for its own
			// timeout); cancelling the future takes the timer off its queue.
			CompletableFuture<Void> timer = new CompletableFuture<Void>().completeOnTimeout(null,
					deadline.remainingNanos(), TimeUnit.NANOSECONDS);
			timer.thenRun(ringer::ring);
			return new Armed(deadline, timer, ringer);
		}

	}

	/** An alarm armed for one exchange. */
	static final class Armed {

		static final Armed NOTHING = new Armed(null, null, null);

		private final @Nullable CallDeadline deadline;

		private final @Nullable CompletableFuture<Void> timer;

		private final @Nullable Ringer ringer;

		private Armed(@Nullable CallDeadline deadline, @Nullable CompletableFuture<Void> timer,
				@Nullable Ringer ringer) {
			this.deadline = deadline;
			this.timer = timer;
			this.ringer = ringer;
		}

		/**
		 * The exchange returned: the alarm is off, and an interrupt it made taken back.
		 */
		void ended() {
			if (this.timer != null && this.ringer != null) {
				this.timer.cancel(false);
				this.ringer.silence();
			}
		}

		/**
		 * The exchange failed: the alarm is off, and the failure is the deadline's when
		 * the alarm ended it.
		 * @param request what was sent, for the message, e.g. {@code GET /sessions/{id}}
		 * @param failure how the exchange failed
		 * @return what to throw: a {@code READ_TIMEOUT} when the deadline ended the
		 * exchange, {@code failure} otherwise
		 */
		RuntimeException failed(String request, RuntimeException failure) {
			if (this.timer == null || this.ringer == null || this.deadline == null) {
				return failure;
			}
			this.timer.cancel(false);
			if (!this.ringer.silence()) {
				return failure;
			}
			return new CheckoutTransportException(
					request + " failed: no answer before the call's deadline (" + this.deadline.timeout().toMillis()
							+ " ms; the transport's read timeout is longer); "
							+ "Checkout.com may have processed the request",
					CheckoutTransportException.Kind.READ_TIMEOUT, failure);
		}

	}

	/**
	 * Interrupts one thread once, unless silenced first; silencing after it rang takes
	 * the interrupt back.
	 */
	private static final class Ringer {

		private static final int ARMED = 0;

		private static final int RINGING = 1;

		private static final int RANG = 2;

		private static final int SILENCED = 3;

		private static final int SILENCED_AFTER_RINGING = 4;

		private final Thread thread;

		private final AtomicInteger state = new AtomicInteger(ARMED);

		Ringer(Thread thread) {
			this.thread = thread;
		}

		void ring() {
			if (this.state.compareAndSet(ARMED, RINGING)) {
				this.thread.interrupt();
				this.state.set(RANG);
			}
		}

		/**
		 * Called by the interrupted thread only.
		 * @return whether the alarm rang
		 */
		boolean silence() {
			while (true) {
				int current = this.state.get();
				switch (current) {
					case ARMED:
						if (this.state.compareAndSet(ARMED, SILENCED)) {
							return false;
						}
						break;
					case RINGING:
						Thread.onSpinWait();
						break;
					case RANG:
						// The exchange may have ended before noticing the interrupt, or
						// noticed it and set it again (as Spring's factories do).
						Thread.interrupted();
						this.state.set(SILENCED_AFTER_RINGING);
						return true;
					default:
						return current == SILENCED_AFTER_RINGING;
				}
			}
		}

	}

}
