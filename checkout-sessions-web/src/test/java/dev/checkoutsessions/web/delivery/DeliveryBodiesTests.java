package dev.checkoutsessions.web.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading hostile bodies costs the limit, not the body: memory stays bounded whatever the
 * sender streams.
 */
class DeliveryBodiesTests {

	private static final int TEN_MEGABYTES = 10 * 1024 * 1024;

	@Test
	void aTenMegabyteBodyWithoutContentLengthIsRefusedAllocatingAboutTheLimit() throws IOException {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		// Warm up: class initialisation (the JSON mapper) allocates too, once.
		ServletBodies.read(new StreamingRequest(100_000, -1), 64 * 1024);
		StreamingRequest request = new StreamingRequest(TEN_MEGABYTES, -1);
		long before = threads.getCurrentThreadAllocatedBytes();

		byte[] body = ServletBodies.read(request, 64 * 1024);

		long allocated = threads.getCurrentThreadAllocatedBytes() - before;
		assertThat(body).isNull();
		// The 64 KiB limit plus growth steps and a scratch buffer: under 1 MiB for a 10
		// MiB body.
		assertThat(allocated).isLessThan(1024 * 1024);
		assertThat(request.served).as("the rest was drained so the sender sees its 413").isEqualTo(TEN_MEGABYTES);
	}

	@Test
	void aDeclaredLengthOverTheDrainLimitIsRefusedWithoutReading() throws IOException {
		StreamingRequest request = new StreamingRequest(0, 100L * 1024 * 1024);

		assertThat(ServletBodies.read(request, 64 * 1024)).isNull();
		assertThat(request.served).isZero();
	}

	@Test
	void aBodyAtTheLimitIsReadWhole() throws IOException {
		StreamingRequest request = new StreamingRequest(1000, 1000);

		assertThat(ServletBodies.read(request, 1000)).hasSize(1000);
		assertThat(ServletBodies.read(new StreamingRequest(1001, -1), 1000)).isNull();
	}

	@Test
	void onlyAStrictCompleteObjectParses() {
		assertThat(DeliveryBodies.parseObject(bytes("{\"a\":1}"))).isNotNull();
		assertThat(DeliveryBodies.parseObject(bytes("{\"a\":1"))).isNull();
		assertThat(DeliveryBodies.parseObject(bytes("{\"a\":1,\"a\":2}"))).isNull();
		assertThat(DeliveryBodies.parseObject(bytes("{\"a\":1} x"))).isNull();
		assertThat(DeliveryBodies.parseObject(bytes("[]"))).isNull();
		assertThat(DeliveryBodies.parseObject(bytes(""))).isNull();
		assertThat(DeliveryBodies.parseObject(bytes("null"))).isNull();
		assertThat(DeliveryBodies.parseObject(bytes("[".repeat(100_000)))).isNull();
	}

	@Test
	void onlyJsonContentTypesAreAccepted() {
		assertThat(isJson("application/json")).isTrue();
		assertThat(isJson("application/json; charset=utf-8")).isTrue();
		assertThat(isJson("application/cloudevents+json")).isTrue();
		assertThat(isJson("text/plain")).isFalse();
		assertThat(isJson("application/*")).isFalse();
		assertThat(isJson("*/*")).isFalse();
		assertThat(isJson("not a type")).isFalse();
		assertThat(isJson(null)).isFalse();
	}

	private static boolean isJson(String contentType) {
		return DeliveryBodies.isJson(contentType);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** Generates its body on the fly, so the test itself holds none of it. */
	private static final class StreamingRequest extends MockHttpServletRequest {

		private final long length;

		private final long declared;

		private long served;

		StreamingRequest(long length, long declared) {
			super("POST", "/");
			this.length = length;
			this.declared = declared;
		}

		@Override
		public long getContentLengthLong() {
			return this.declared;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream source = new InputStream() {

				@Override
				public int read() {
					return (StreamingRequest.this.served < StreamingRequest.this.length)
							? (++StreamingRequest.this.served > 0 ? 'x' : 'x') : -1;
				}

				@Override
				public int read(byte[] buffer, int offset, int count) {
					long left = StreamingRequest.this.length - StreamingRequest.this.served;
					if (left <= 0) {
						return -1;
					}
					int n = (int) Math.min(count, left);
					java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
					StreamingRequest.this.served += n;
					return n;
				}

			};
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return source.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int count) throws IOException {
					return source.read(buffer, offset, count);
				}

				@Override
				public boolean isFinished() {
					return StreamingRequest.this.served >= StreamingRequest.this.length;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
				}

			};
		}

	}

}
