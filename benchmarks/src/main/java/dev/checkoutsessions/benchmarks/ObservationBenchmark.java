package dev.checkoutsessions.benchmarks;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

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
 * The cost of observation: our default client with {@code ObservationRegistry.NOOP}
 * against one whose registry records timers on a {@code SimpleMeterRegistry} (both our
 * {@code checkout.sessions.client} observation and RestClient's
 * {@code http.client.requests}, as in a Boot application with Actuator).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ObservationBenchmark {

	@Param({ "off", "on" })
	public String observation;

	private OursContender client;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		this.client = new OursContender(BenchServer.baseUrl(), OursContender.Transport.DEFAULT,
				this.observation.equals("on") ? OursContender.meteredObservations() : OursContender.noObservations(),
				Clock.systemUTC());
		this.client.requestSession();
	}

	@TearDown(Level.Trial)
	public void tearDown() throws Exception {
		this.client.close();
	}

	@Benchmark
	public Object requestSession() {
		return this.client.requestSession();
	}

}
