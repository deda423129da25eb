package dev.checkoutsessions.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

import dev.checkoutsessions.client.CheckoutException;
import dev.checkoutsessions.client.SessionsClient;

/**
 * The latency-bound benchmark: N callers, each looping {@code requestSession} against a
 * server that thinks for a fixed time, so the ideal is N / think time calls per second;
 * what a client reaches of it is decided by its pool, its threads and its per-call
 * overhead, not by raw speed. One contender and one N per JVM, so threads and heap are
 * the contender's own. Prints one line of JSON.
 *
 * <pre>
 * LatencyBench &lt;base-url&gt; &lt;contender&gt; &lt;callers&gt; &lt;think-ms&gt; &lt;warmup-s&gt; &lt;measure-s&gt;
 * LatencyBench &lt;stalling-base-url&gt; stall-ours-default &lt;callers&gt;
 * </pre>
 *
 * Contenders: {@code ours-default} (the builder's defaults: pool of 200),
 * {@code ours-max} ({@code maxConnections} = N), {@code sdk-default}, {@code sdk-tuned}
 * (pools sized to N), {@code raw-hc5} (HttpClient 5, pool N, pre-serialized request, body
 * read as bytes: the floor).
 */
public final class LatencyBench {

	private LatencyBench() {
	}

	public static void main(String[] args) throws Exception {
		String baseUrl = args[0];
		String contender = args[1];
		int callers = Integer.parseInt(args[2]);
		if (contender.startsWith("stall-")) {
			stall(baseUrl, callers);
			return;
		}
		long thinkMillis = Long.parseLong(args[3]);
		Duration warmup = Duration.ofSeconds(Long.parseLong(args[4]));
		Duration measure = Duration.ofSeconds(Long.parseLong(args[5]));
		try (Call call = contender(contender, baseUrl, callers)) {
			call.call();
			System.out.println(run(contender, call, callers, thinkMillis, warmup, measure));
		}
		System.exit(0);
	}

	private static String run(String name, Call call, int callers, long thinkMillis, Duration warmup, Duration measure)
			throws InterruptedException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long heapBefore = memory.getHeapMemoryUsage().getUsed();
		AtomicLong measureFrom = new AtomicLong(Long.MAX_VALUE);
		AtomicLong measureUntil = new AtomicLong(Long.MAX_VALUE);
		AtomicLong failures = new AtomicLong();
		ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
		CountDownLatch done = new CountDownLatch(callers);
		CountDownLatch go = new CountDownLatch(1);
		for (int i = 0; i < callers; i++) {
			Thread thread = caller(() -> {
				// Small, so that the measurement itself barely shows in the heap per
				// in-flight call.
				long[] mine = new long[128];
				int count = 0;
				awaitQuietly(go);
				while (System.nanoTime() - measureUntil.get() < 0) {
					long began = System.nanoTime();
					try {
						call.call();
					}
					catch (Exception ex) {
						failures.incrementAndGet();
					}
					long finished = System.nanoTime();
					// Calls that finished within the window: throughput is completions
					// per second.
					if (finished - measureFrom.get() >= 0 && finished - measureUntil.get() <= 0) {
						if (count == mine.length) {
							mine = Arrays.copyOf(mine, count * 2);
						}
						mine[count++] = finished - began;
					}
				}
				latencies.add(Arrays.copyOf(mine, count));
				done.countDown();
			});
			thread.start();
		}
		// The clock starts once every caller exists: starting 1,000 threads on two
		// busy cores takes seconds, which would otherwise eat the warm-up and leave
		// part of the window with fewer callers than N.
		long start = System.nanoTime();
		measureFrom.set(start + warmup.toNanos());
		measureUntil.set(start + warmup.plus(measure).toNanos());
		go.countDown();
		TimeUnit.NANOSECONDS.sleep(warmup.toNanos() + measure.toNanos() / 2);
		int threads = ManagementFactory.getThreadMXBean().getThreadCount();
		System.gc();
		long heapDuring = memory.getHeapMemoryUsage().getUsed();
		// Callers still waiting on a server that never answers are counted as not done.
		done.await(measure.toSeconds() + 60, TimeUnit.SECONDS);
		long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		double seconds = measure.toNanos() / 1e9;
		double perSecond = all.length / seconds;
		double ideal = callers * 1000.0 / thinkMillis;
		return String.format(Locale.ROOT,
				"{\"contender\":\"%s\",\"callers\":%d,\"think_ms\":%d,\"calls_per_s\":%.1f,\"ideal\":%.1f,"
						+ "\"ratio\":%.3f,\"p50_ms\":%.1f,\"p99_ms\":%.1f,\"threads\":%d,\"heap_per_call_kb\":%.1f,"
						+ "\"failures\":%d}",
				name, callers, thinkMillis, perSecond, ideal, perSecond / ideal, percentile(all, 0.50),
				percentile(all, 0.99), threads, Math.max(0, heapDuring - heapBefore) / 1024.0 / callers,
				failures.get());
	}

	/**
	 * 300 (or N) callers, one call each, against a server that never answers: when does
	 * each end, and how.
	 */
	private static void stall(String baseUrl, int callers) throws InterruptedException {
		SessionsClient client = SessionsClient.builder()
			.baseUrl(baseUrl)
			.tokenUrl(baseUrl + "/connect/token")
			.clientCredentials("ack_benchmark", "benchmark-secret")
			.build();
		ConcurrentLinkedQueue<Long> took = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> outcomes = new ConcurrentLinkedQueue<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			Thread thread = new Thread(() -> {
				long began = System.nanoTime();
				try {
					client.requestSession(OursContender.REQUEST);
					outcomes.add("success");
				}
				catch (CheckoutException ex) {
					outcomes.add(ex.getClass().getSimpleName());
				}
				catch (RuntimeException ex) {
					outcomes.add("untyped " + ex.getClass().getSimpleName());
				}
				took.add(System.nanoTime() - began);
			}, "caller");
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join(120_000);
		}
		long[] all = took.stream().mapToLong(Long::longValue).sorted().toArray();
		java.util.Map<String, Long> counts = new java.util.TreeMap<>();
		outcomes.forEach((outcome) -> counts.merge(outcome, 1L, Long::sum));
		System.out.println(String.format(Locale.ROOT,
				"{\"contender\":\"stall-ours-default\",\"callers\":%d,\"finished\":%d,\"p50_ms\":%.1f,"
						+ "\"p100_ms\":%.1f,\"outcomes\":\"%s\"}",
				callers, all.length, percentile(all, 0.5), percentile(all, 1.0), counts));
		System.exit(0);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A caller thread: a platform thread, or with {@code -Dlatency.virtual-callers=true}
	 * on Java 21+ a virtual one, as in an application with
	 * {@code spring.threads.virtual.enabled=true} (the benchmarks compile for Java 17,
	 * hence the reflection).
	 */
	private static Thread caller(Runnable body) {
		if (Boolean.getBoolean("latency.virtual-callers")) {
			try {
				Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
				java.lang.reflect.Method unstarted = Class.forName("java.lang.Thread$Builder")
					.getMethod("unstarted", Runnable.class);
				return (Thread) unstarted.invoke(builder, body);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("virtual threads need Java 21 or later", ex);
			}
		}
		Thread thread = new Thread(body, "caller");
		thread.setDaemon(true);
		return thread;
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	@FunctionalInterface
	private interface Call extends AutoCloseable {

		void call() throws Exception;

		@Override
		default void close() throws Exception {
		}

	}

	private static Call contender(String name, String baseUrl, int callers) throws Exception {
		return switch (name) {
			case "ours-default" -> ours(SessionsClient.builder(), baseUrl);
			case "ours-max" -> ours(SessionsClient.builder().maxConnections(callers), baseUrl);
			case "sdk-default" -> sdk(new SdkContender(baseUrl, "/connect/token", 0));
			case "sdk-tuned" -> sdk(new SdkContender(baseUrl, "/connect/token", callers));
			case "raw-hc5" -> raw(baseUrl, callers);
			default -> throw new IllegalArgumentException("unknown contender " + name);
		};
	}

	private static Call ours(dev.checkoutsessions.client.SessionsClientBuilder builder, String baseUrl) {
		SessionsClient client = builder.baseUrl(baseUrl)
			.tokenUrl(baseUrl + "/connect/token")
			.clientCredentials("ack_benchmark", "benchmark-secret")
			.build();
		return new Call() {
			@Override
			public void call() {
				client.requestSession(OursContender.REQUEST);
			}

			@Override
			public void close() throws Exception {
				((AutoCloseable) client).close();
			}
		};
	}

	private static Call sdk(SdkContender sdk) {
		return new Call() {
			@Override
			public void call() throws Exception {
				sdk.requestSession();
			}

			@Override
			public void close() {
				sdk.close();
			}
		};
	}

	private static Call raw(String baseUrl, int callers) {
		CloseableHttpClient client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(callers)
				.setMaxConnPerRoute(callers)
				.build())
			.disableAutomaticRetries()
			.build();
		byte[] request = Fixtures.bytes(Fixtures.REQUEST);
		return new Call() {
			@Override
			public void call() throws Exception {
				HttpPost post = new HttpPost(baseUrl + "/sessions");
				post.setHeader("Authorization", "Bearer raw");
				post.setEntity(new ByteArrayEntity(request, ContentType.APPLICATION_JSON));
				client.execute(post, (response) -> EntityUtils.toByteArray(response.getEntity()));
			}

			@Override
			public void close() throws Exception {
				client.close();
			}
		};
	}

}
