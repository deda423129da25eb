package dev.checkoutsessions.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClientDiagnostics;
import dev.checkoutsessions.client.model.SessionRequest;

/**
 * One cold start of the cold-start benchmark ({@code cold-start.sh}): a fresh JVM starts
 * an application on the starter, configured only with properties, then calls
 * {@code requestSession} with {@link OursContender#REQUEST} once, a second time, and
 * {@value #STEADY} times more, one call after another, against {@link ColdStartStandIn}.
 * Prints one line, {@code COLD-START} and JSON: time to ready, how long the warm-up took
 * after ready, the first and second calls and the median of the others.
 *
 * <pre>
 * ColdStart &lt;mode&gt; [application arguments]
 * </pre>
 *
 * Modes: {@code off} ({@code checkout.warm-up.enabled=false}), {@code warm} (the first
 * call once the client's {@code warmUpState()} is {@code done}) and {@code at-ready}
 * (warm-up on, the first call as soon as the application is ready, racing it). Time to
 * ready is counted from {@code -Dcold-start.launched} (epoch nanoseconds, taken by the
 * driver just before it starts the JVM), else from the JVM's start. With
 * {@code -Dcold-start.marks=true} it loads {@link FirstCallBegins} just before the first
 * call and {@link FirstCallEnds} just after it, so that a class-loading log
 * ({@code -Xlog:class+load}) shows what the first call loaded, in its own order.
 */
public final class ColdStart {

	static final int STEADY = 100;

	private static final Duration WARM_UP_WAIT = Duration.ofSeconds(30);

	private ColdStart() {
	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		if (!List.of("off", "warm", "at-ready").contains(mode)) {
			throw new IllegalArgumentException("mode must be off, warm or at-ready, not " + mode);
		}
		boolean marks = Boolean.getBoolean("cold-start.marks");
		List<String> arguments = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
		arguments.add("--checkout.warm-up.enabled=" + !mode.equals("off"));
		SpringApplication application = new SpringApplication(Application.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new));
		// Ready: run() returns once the ready event has reached every listener, the
		// starter's warm-up (which only starts its thread) included.
		long ready = System.nanoTime();
		Instant readyAt = Instant.now();
		SessionsClient client = context.getBean(SessionsClient.class);
		SessionsClientDiagnostics diagnostics = (SessionsClientDiagnostics) client;
		long warmUpNanos = mode.equals("warm") ? awaitWarmUp(diagnostics, ready) : -1;
		String stateAtFirstCall = diagnostics.warmUpState();
		// Built before the clock starts: the shopper's request exists before the client
		// is called.
		SessionRequest request = OursContender.REQUEST;
		// The calling thread's CPU time says how much of a call was work rather than
		// waiting (for the stand-in, or for a core on a busy machine). Its classes are
		// the JDK's, none of the call's own.
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		if (marks) {
			FirstCallBegins.mark();
		}
		long[] first = timedCall(client, request, threads);
		if (marks) {
			FirstCallEnds.mark();
		}
		long[] second = timedCall(client, request, threads);
		long[] steadyWall = new long[STEADY];
		long[] steadyCpu = new long[STEADY];
		for (int i = 0; i < STEADY; i++) {
			long[] call = timedCall(client, request, threads);
			steadyWall[i] = call[0];
			steadyCpu[i] = call[1];
		}
		double steadyMedian = median(steadyWall);
		// After the calls: the JVM's start time is looked up only now.
		long launched = Long.getLong("cold-start.launched", 0);
		long readyMillis = (launched > 0) ? Duration.between(Instant.ofEpochSecond(0, launched), readyAt).toMillis()
				: readyAt.toEpochMilli() - ManagementFactory.getRuntimeMXBean().getStartTime();
		// The measurement is this command-line tool's output (cold-start.sh reads the
		// line), not a log message.
		System.out.println(String.format(Locale.ROOT,
				"COLD-START {\"java\":\"%s\",\"mode\":\"%s\",\"ready_ms\":%d,\"warm_up_ms\":%s,"
						+ "\"state_at_first_call\":%s,\"first_ms\":%.1f,\"second_ms\":%.1f,\"steady_ms\":%.1f,"
						+ "\"first_over_steady\":%.3f,\"first_cpu_ms\":%.2f,\"second_cpu_ms\":%.2f,"
						+ "\"steady_cpu_ms\":%.2f}",
				System.getProperty("java.version"), mode, readyMillis,
				(warmUpNanos >= 0) ? String.format(Locale.ROOT, "%.1f", warmUpNanos / 1e6) : "null",
				(stateAtFirstCall != null) ? "\"" + stateAtFirstCall + "\"" : "null", first[0] / 1e6, second[0] / 1e6,
				steadyMedian / 1e6, first[0] / steadyMedian, first[1] / 1e6, second[1] / 1e6, median(steadyCpu) / 1e6));
		context.close();
		System.exit(0);
	}

	/**
	 * Polls the client's warm-up state until it is {@code done}, as a readiness probe
	 * reading {@code warmUp} in health would, but every millisecond.
	 * @return nanoseconds from ready to done
	 */
	private static long awaitWarmUp(SessionsClientDiagnostics diagnostics, long ready) throws InterruptedException {
		long deadline = ready + WARM_UP_WAIT.toNanos();
		while (true) {
			String state = diagnostics.warmUpState();
			if ("done".equals(state)) {
				return System.nanoTime() - ready;
			}
			if (state != null && !state.equals("running") || System.nanoTime() - deadline > 0) {
				throw new IllegalStateException("the warm-up did not finish: " + state);
			}
			Thread.sleep(1);
		}
	}

	/**
	 * The application: the starter's auto-configuration and Boot's, nothing of its own.
	 * Not {@link ColdStart} itself, whose nested classes the configuration parsing would
	 * load.
	 */
	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Application {

	}

	/** Loaded just before the first call when marking; see the class comment. */
	static final class FirstCallBegins {

		static void mark() {
		}

	}

	/** Loaded just after the first call when marking. */
	static final class FirstCallEnds {

		static void mark() {
		}

	}

	/**
	 * One call: its wall-clock time and the calling thread's CPU time, in nanoseconds.
	 */
	private static long[] timedCall(SessionsClient client, SessionRequest request, ThreadMXBean threads) {
		long cpu = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		client.requestSession(request);
		long wall = System.nanoTime() - start;
		return new long[] { wall, threads.getCurrentThreadCpuTime() - cpu };
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
	}

}
