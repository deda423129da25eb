package dev.checkoutsessions.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import dev.checkoutsessions.client.CheckoutConfigurationException;

/**
 * Bucket4j proxy managers on the Lettuce client of the application's
 * {@link LettuceConnectionFactory} ({@code spring.data.redis.*}): its host, port,
 * credentials, TLS and client resources, on one connection of the limiters' own, which
 * every account's limiter shares.
 *
 * @since 0.1.0
 */
public final class LettuceBuckets {

	/**
	 * How long one Redis round trip of the limiter may take before the local bucket is
	 * used instead.
	 */
	public static final Duration REQUEST_TIMEOUT = Duration.ofMillis(500);

	private LettuceBuckets() {
	}

	/**
	 * The limiters' store on the application's connection factory: one connection of
	 * their own, opened on the first {@link RedisRateLimiters.Store#proxyManager()} and
	 * handed out again after that.
	 * @param connectionFactory the application's connection factory
	 * @return the store, not connected yet
	 */
	public static RedisRateLimiters.Store store(LettuceConnectionFactory connectionFactory) {
		return new LettuceStore(connectionFactory);
	}

	/**
	 * The account part of the bucket keys.
	 * @param subdomain the subdomain, may be {@code null}
	 * @param clientId the OAuth client id
	 * @return the account key
	 * @deprecated since 0.2.0 for {@link AccountIdentity#of(String, String)}, the same
	 * identity for every store
	 */
	@Deprecated(since = "0.2.0")
	public static String account(@Nullable String subdomain, String clientId) {
		return AccountIdentity.of(subdomain, clientId);
	}

	/**
	 * One connection for the life of the limiters. Lettuce reconnects a connection it has
	 * opened by itself, and keeps doing so until it is closed: a connection per probe
	 * would leave one more connection to Redis after every outage, each reconnecting
	 * forever, until Redis refuses every client of the application.
	 */
	private static final class LettuceStore implements RedisRateLimiters.Store {

		private final LettuceConnectionFactory connectionFactory;

		private @Nullable AbstractRedisClient client;

		private @Nullable StatefulConnection<byte[], byte[]> connection;

		private @Nullable ProxyManager<byte[]> proxyManager;

		LettuceStore(LettuceConnectionFactory connectionFactory) {
			this.connectionFactory = connectionFactory;
		}

		@Override
		public synchronized @Nullable ProxyManager<byte[]> proxyManager() {
			if (!this.connectionFactory.isRunning()) {
				return null;
			}
			AbstractRedisClient client = this.connectionFactory.getRequiredNativeClient();
			if (this.proxyManager != null && client == this.client) {
				return this.proxyManager;
			}
			// A connection factory that was stopped and started again has a new client,
			// and shutting down the old one closed this connection.
			close();
			if (client instanceof RedisClusterClient cluster) {
				StatefulRedisClusterConnection<byte[], byte[]> connection = cluster.connect(ByteArrayCodec.INSTANCE);
				return opened(client, connection, () -> Bucket4jLettuce.casBasedBuilder(connection));
			}
			if (client instanceof RedisClient standalone) {
				StatefulRedisConnection<byte[], byte[]> connection = standalone.connect(ByteArrayCodec.INSTANCE);
				return opened(client, connection, () -> Bucket4jLettuce.casBasedBuilder(connection));
			}
			throw new CheckoutConfigurationException("checkout.rate-limit.store",
					"checkout.rate-limit.store=redis needs a standalone or cluster Lettuce client, was "
							+ client.getClass().getName());
		}

		private ProxyManager<byte[]> opened(AbstractRedisClient client, StatefulConnection<byte[], byte[]> connection,
				Supplier<Bucket4jLettuce.LettuceBasedProxyManagerBuilder<byte[]>> builder) {
			try {
				ProxyManager<byte[]> proxyManager = builder.get()
					.requestTimeout(REQUEST_TIMEOUT)
					// Idle buckets disappear once they would be full again.
					.expirationAfterWrite(
							ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
					.build();
				this.client = client;
				this.connection = connection;
				this.proxyManager = proxyManager;
				return proxyManager;
			}
			catch (RuntimeException ex) {
				// Nothing else would ever close it, and Lettuce would keep it connected.
				connection.close();
				throw ex;
			}
		}

		@Override
		public synchronized void close() {
			StatefulConnection<byte[], byte[]> connection = this.connection;
			this.client = null;
			this.connection = null;
			this.proxyManager = null;
			if (connection != null) {
				connection.close();
			}
		}

	}

}
