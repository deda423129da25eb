package dev.checkoutsessions.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code requestSession} when every call must first fetch a new OAuth token: compared
 * with the same contender's plain {@code requestSession}, the difference is the cost of
 * one token refresh. Ours sees an expired token because its clock leaps two hours on
 * every reading; the SDK, whose clock cannot be set, gets tokens that expire at once
 * ({@code expires_in: 0}) and so fetches one per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenRefreshBenchmark {

	@Param({ "ours-default", "sdk-default" })
	public String contender;

	private Contender client;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		String baseUrl = BenchServer.baseUrl();
		this.client = this.contender.equals("ours-default") ? new OursContender(baseUrl,
				OursContender.Transport.DEFAULT, OursContender.noObservations(), new LeapingClock())
				: new SdkContender(baseUrl, "/connect/token/expires-in/0", 0);
		this.client.requestSession();
	}

	@TearDown(Level.Trial)
	public void tearDown() throws Exception {
		this.client.close();
	}

	@Benchmark
	public Object requestSession() throws Exception {
		return this.client.requestSession();
	}

	/**
	 * A clock two hours further on at every reading, so any token read from it has
	 * expired.
	 */
	static final class LeapingClock extends Clock {

		private static final long LEAP = Duration.ofHours(2).toMillis();

		private final AtomicLong millis = new AtomicLong(System.currentTimeMillis());

		@Override
		public Instant instant() {
			return Instant.ofEpochMilli(this.millis.addAndGet(LEAP));
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
