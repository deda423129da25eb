package dev.checkoutsessions.benchmarks;

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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Throughput of the two hot operations for every contender, same request, same server,
 * same run. Thread count comes from the command line ({@code -t 1}, {@code -t 8}); one
 * client is shared by all threads, as an application shares its singleton.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SessionsBenchmark {

	@Param({ "ours-default", "ours-jdk", "ours-jetty", "ours-reactor", "sdk-default", "sdk-tuned", "floor",
			"floor-json", "server-ceiling" })
	public String contender;

	private Contender client;

	@Setup(Level.Trial)
	public void setUp(BenchmarkParams params) throws Exception {
		this.client = Contenders.create(this.contender, BenchServer.baseUrl(), params.getThreads());
		// One call before measuring, so a contender that cannot talk to the server fails
		// at once.
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

	@Benchmark
	public Object getSessionDetails() throws Exception {
		return this.client.getSessionDetails();
	}

}
