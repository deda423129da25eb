package dev.checkoutsessions.web.delivery;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Reads a delivery's body from a WebFlux request without blocking: the limit is enforced
 * while the buffers arrive (a declared {@code Content-Length} over the drain limit is
 * refused before reading), so an oversized body is never held whole in memory.
 */
final class ReactiveBodies {

	private ReactiveBodies() {
	}

	/**
	 * The raw body, empty when it is longer than {@code maxBytes}; an error when the
	 * client stops sending.
	 */
	static Mono<Optional<byte[]>> read(ServerHttpRequest request, int maxBytes) {
		if (request.getHeaders().getContentLength() > DeliveryBodies.DRAIN_LIMIT) {
			return Mono.just(Optional.empty());
		}
		return DataBufferUtils.join(request.getBody(), maxBytes)
			.map(ReactiveBodies::bytes)
			.map(Optional::of)
			.defaultIfEmpty(Optional.of(new byte[0]))
			.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just(Optional.empty()));
	}

	private static byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

}
