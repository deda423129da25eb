package dev.checkoutsessions.web.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Reads a delivery's body from a servlet request: at most a configured number of bytes (a
 * declared {@code Content-Length} over the limit is refused before reading, an undeclared
 * one is cut off one byte past it).
 */
final class ServletBodies {

	private ServletBodies() {
	}

	/**
	 * The raw body, or {@code null} when it is longer than {@code maxBytes}. An oversized
	 * body is read on into a small scratch buffer (up to
	 * {@value DeliveryBodies#DRAIN_LIMIT} bytes, never kept) so the sender gets its 413
	 * on an intact connection instead of a reset; beyond that, or when the declared
	 * length is already over it, the receiver answers without reading and the server
	 * closes the connection.
	 * @throws IOException when the client stops sending
	 */
	static byte @Nullable [] read(HttpServletRequest request, int maxBytes) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > DeliveryBodies.DRAIN_LIMIT) {
			return null;
		}
		byte[] buffer = new byte[(int) Math.min(declared >= 0 ? declared : 8192, maxBytes) + 1];
		int length = 0;
		try (InputStream in = request.getInputStream()) {
			while (true) {
				if (length == buffer.length) {
					if (length > maxBytes) {
						drain(in, length);
						return null;
					}
					buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxBytes + 1));
				}
				int read = in.read(buffer, length, buffer.length - length);
				if (read < 0) {
					break;
				}
				length += read;
			}
		}
		return (length > maxBytes) ? null : Arrays.copyOf(buffer, length);
	}

	private static void drain(InputStream in, long alreadyRead) throws IOException {
		byte[] scratch = new byte[8192];
		long total = alreadyRead;
		int read;
		while (total < DeliveryBodies.DRAIN_LIMIT && (read = in.read(scratch)) >= 0) {
			total += read;
		}
	}

}
