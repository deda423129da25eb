package dev.checkoutsessions.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

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
	 * Runs {@code exchange}, ended at the current call's deadline if it is still running
	 * then.
	 * @param request what is sent, for the failure's message, e.g. {@code GET
	 * /sessions/{id}}
	 * @param exchange the HTTP exchange
	 * @return what {@code exchange} returned
	 * @throws CheckoutTransportException a {@code READ_TIMEOUT} when the deadline ended
	 * the exchange
	 */
	abstract <T> T guard(String request, Supplier<T> exchange);

	private static final class None extends DeadlineAlarm {

		@Override
		<T> T guard(String request, Supplier<T> exchange) {
			return exchange.get();
		}

	}

	private static final class Interrupting extends DeadlineAlarm {

		@Override
		<T> T guard(String request, Supplier<T> exchange) {
			CallDeadline deadline = CallDeadline.current();
			// An already interrupted caller gets what its own interrupt does to the
			// exchange.
			if (deadline == null || Thread.currentThread().isInterrupted()) {
				return exchange.get();
			}
			Ringer ringer = new Ringer(Thread.currentThread());
			// The JDK's shared delay scheduler (as Spring's JDK factory uses for its own
			// timeout); cancelling the future takes the timer off its queue.
			CompletableFuture<Void> timer = new CompletableFuture<Void>().completeOnTimeout(null,
					deadline.remainingNanos(), TimeUnit.NANOSECONDS);
			timer.thenRun(ringer::ring);
			try {
				T result = exchange.get();
				timer.cancel(false);
				ringer.silence();
				return result;
			}
			catch (RuntimeException ex) {
				timer.cancel(false);
				if (ringer.silence()) {
					throw new CheckoutTransportException(
							request + " failed: no answer before the call's deadline (" + deadline.timeout().toMillis()
									+ " ms; the transport's read timeout is longer); "
									+ "Checkout.com may have processed the request",
							CheckoutTransportException.Kind.READ_TIMEOUT, ex);
				}
				throw ex;
			}
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
