package dev.checkoutsessions.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/**
 * Reads a response body within a size limit and a deadline. A per-read socket timeout
 * does not bound a body that drips a byte at a time, and Spring's JDK request factory
 * reports its own deadline as a bare "closed" stream; so the whole body must arrive
 * within the read timeout, and a failure past that time is reported as a
 * {@link SocketTimeoutException} (a read timeout, not a broken connection).
 *
 * <p>
 * A body that is refused is abandoned, not drained: Spring's HttpClient 5 response reads
 * a body to its end on close to keep the connection, which for an endless body never
 * ends. Abandoning discards the connection instead.
 */
final class BoundedBodyReader {

	private static final boolean HTTP_COMPONENTS_PRESENT = ClassUtils
		.isPresent("org.apache.hc.core5.http.io.EofSensorInputStream", BoundedBodyReader.class.getClassLoader());

	private final int maxBytes;

	private final long timeoutNanos;

	BoundedBodyReader(int maxBytes, Duration readTimeout) {
		this.maxBytes = maxBytes;
		this.timeoutNanos = readTimeout.toNanos();
	}

	int maxBytes() {
		return this.maxBytes;
	}

	/**
	 * Reads the body.
	 * @param in the body stream
	 * @param declaredLength the {@code Content-Length}, or -1
	 * @param sentAtNanos {@link System#nanoTime()} when the request was sent
	 * @return the body, or {@code null} when it is larger than the limit (the connection
	 * is then abandoned)
	 * @throws SocketTimeoutException when the body did not arrive within the read timeout
	 */
	byte @Nullable [] read(InputStream in, long declaredLength, long sentAtNanos) throws IOException {
		if (declaredLength > this.maxBytes) {
			abandon(in);
			return null;
		}
		// Each read is bounded by the transport (HttpClient 5's socket timeout, Spring's
		// deadline for the JDK client); the total is checked between reads, which catches
		// a body dripping a byte at a time.
		AtomicBoolean expired = new AtomicBoolean();
		long deadline = System.nanoTime() + this.timeoutNanos;
		CallDeadline call = CallDeadline.current();
		if (call != null) {
			// The body also draws on the call's deadline.
			deadline = Math.min(deadline, System.nanoTime() + call.remainingNanos());
		}
		try {
			if (declaredLength >= 0) {
				return readDeclared(in, (int) declaredLength, deadline, expired);
			}
			ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
			byte[] buffer = new byte[8192];
			int read;
			while ((read = in.read(buffer)) >= 0) {
				body.write(buffer, 0, read);
				if (body.size() > this.maxBytes) {
					abandon(in);
					return null;
				}
				if (System.nanoTime() - deadline > 0) {
					expired.set(true);
					abandon(in);
					throw timeout(null);
				}
			}
			return body.toByteArray();
		}
		catch (SocketTimeoutException ex) {
			throw ex;
		}
		catch (IOException ex) {
			// Spring's JDK factory closes the stream when its own deadline (counted from
			// sending) passes.
			if (expired.get() || System.nanoTime() - sentAtNanos >= this.timeoutNanos) {
				abandonQuietly(in);
				throw timeout(ex);
			}
			throw ex;
		}
	}

	/**
	 * Reads to the end of the stream into an array sized by the declared length: when the
	 * length is right (the usual case) there is no intermediate buffer and no copy. The
	 * length is only a hint, because a client that decompresses the body hands back a
	 * different number of bytes than the header declared.
	 */
	private byte @Nullable [] readDeclared(InputStream in, int length, long deadline, AtomicBoolean expired)
			throws IOException {
		byte[] body = new byte[Math.max(length, 16)];
		int size = 0;
		while (true) {
			if (size == body.length) {
				// Full as declared: usually the end, which one more read confirms without
				// growing the array.
				int next = in.read();
				if (next < 0) {
					return body;
				}
				body = java.util.Arrays.copyOf(body, (int) Math.min((long) size * 2 + 1, this.maxBytes + 1L));
				body[size++] = (byte) next;
				if (size > this.maxBytes) {
					abandon(in);
					return null;
				}
				continue;
			}
			int read = in.read(body, size, body.length - size);
			if (read < 0) {
				return (size == body.length) ? body : java.util.Arrays.copyOf(body, size);
			}
			size += read;
			if (size > this.maxBytes) {
				abandon(in);
				return null;
			}
			if (System.nanoTime() - deadline > 0) {
				expired.set(true);
				abandon(in);
				throw timeout(null);
			}
		}
	}

	/**
	 * Gives up on the rest of a body without reading it; the connection is closed rather
	 * than reused.
	 */
	static void abandon(InputStream in) throws IOException {
		if (HTTP_COMPONENTS_PRESENT && HttpComponentsStreams.abort(in)) {
			return;
		}
		in.close();
	}

	static void abandonQuietly(InputStream in) {
		try {
			abandon(in);
		}
		catch (IOException | RuntimeException ex) {
			// The connection is being given up on; a failure to close it changes nothing
			// for the caller.
		}
	}

	private SocketTimeoutException timeout(@Nullable IOException cause) {
		SocketTimeoutException timeout = new SocketTimeoutException("the response body did not arrive within the "
				+ "read timeout of " + TimeUnit.NANOSECONDS.toMillis(this.timeoutNanos) + " ms");
		timeout.initCause(cause);
		return timeout;
	}

	/** Kept apart so that HttpClient 5 classes load only when HttpClient 5 is present. */
	private static final class HttpComponentsStreams {

		static boolean abort(InputStream in) throws IOException {
			if (in instanceof org.apache.hc.core5.http.io.EofSensorInputStream sensor) {
				sensor.abort();
				return true;
			}
			return false;
		}

	}

}
