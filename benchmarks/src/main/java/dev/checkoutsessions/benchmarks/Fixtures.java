package dev.checkoutsessions.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The repository's fixtures, packed into the jar by the build (see the module's pom). */
final class Fixtures {

	static final String CREATED = "post-sessions-201-approved.json";

	static final String DETAILS = "get-sessions-200-pending.json";

	static final String REQUEST = "post-sessions-request-non-hosted.json";

	/**
	 * The id in {@link #CREATED}; contenders ask for its details so every GET is the same
	 * request.
	 */
	static final String SESSION_ID = "sid_kfa2wttsisdude7acvva4irrfm";

	private Fixtures() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
			if (in == null) {
				throw new IllegalStateException("fixture " + name + " is not on the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
