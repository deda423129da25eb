package dev.checkoutsessions.benchmarks;

import java.time.Clock;

/** Builds a contender by the name used in the benchmarks' {@code contender} parameter. */
final class Contenders {

	/**
	 * Every contender of {@link SessionsBenchmark}, in the order the report lists them.
	 */
	static final String[] ALL = { "ours-default", "ours-jdk", "ours-jetty", "ours-reactor", "sdk-default", "sdk-tuned",
			"floor", "floor-json", "server-ceiling" };

	private Contenders() {
	}

	/**
	 * @param threads the benchmark's thread count, to which the tuned SDK sizes its pools
	 */
	static Contender create(String name, String baseUrl, int threads) throws Exception {
		return switch (name) {
			case "ours-default" -> ours(baseUrl, OursContender.Transport.DEFAULT);
			case "ours-jdk" -> ours(baseUrl, OursContender.Transport.JDK);
			case "ours-jetty" -> ours(baseUrl, OursContender.Transport.JETTY);
			case "ours-reactor" -> ours(baseUrl, OursContender.Transport.REACTOR);
			case "sdk-default" -> new SdkContender(baseUrl, "/connect/token", 0);
			case "sdk-tuned" -> new SdkContender(baseUrl, "/connect/token", threads);
			case "floor" -> new FloorContender(baseUrl);
			case "floor-json" -> FloorContender.withJsonBinding(baseUrl);
			case "server-ceiling" -> new SocketContender(baseUrl);
			default -> throw new IllegalArgumentException("unknown contender " + name);
		};
	}

	private static Contender ours(String baseUrl, OursContender.Transport transport) throws Exception {
		return new OursContender(baseUrl, transport, OursContender.noObservations(), Clock.systemUTC());
	}

}
