package dev.checkoutsessions.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Where the fixture server is. {@code run.sh} starts it as a separate process and passes
 * {@code -Dbench.server=http://127.0.0.1:PORT}, so the benchmark process's CPU time is
 * the client's alone; without the property (an IDE run, the sanity test) one is started
 * in this process.
 */
final class BenchServer {

	private static FixtureServer inProcess;

	private BenchServer() {
	}

	static synchronized String baseUrl() {
		String external = System.getProperty("bench.server");
		if (external != null && !external.isBlank()) {
			return external;
		}
		if (inProcess == null) {
			try {
				inProcess = new FixtureServer(0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return inProcess.baseUrl();
	}

}
