package dev.checkoutsessions.benchmarks;

/**
 * One way of calling the Sessions API. Every contender sends the same request to the same
 * server and returns what its caller would get back (a bound object, or bytes for the
 * floor), so the benchmark measures the whole call.
 */
interface Contender extends AutoCloseable {

	/** {@code POST /sessions} with the request of {@link Fixtures#REQUEST}. */
	Object requestSession() throws Exception;

	/** {@code GET /sessions/{id}} for {@link Fixtures#SESSION_ID}. */
	Object getSessionDetails() throws Exception;

	/**
	 * The session id in an answer of this contender (tests prove all contenders did the
	 * same work).
	 */
	String sessionId(Object answer);

}
