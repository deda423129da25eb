package dev.checkoutsessions.autoconfigure.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.cluster.RedisClusterClient;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import dev.checkoutsessions.client.CheckoutConfigurationException;

/**
 * Bucket4j proxy managers on the Lettuce client of the application's
 * {@link LettuceConnectionFactory} ({@code spring.data.redis.*}): its host, port,
 * credentials, TLS and client resources.
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
	 * Connects a proxy manager (called in the background by {@link RedisRateLimiter}).
	 * @param connectionFactory the application's connection factory
	 * @return a supplier that connects on every call
	 */
	public static Supplier<@Nullable ProxyManager<byte[]>> connector(LettuceConnectionFactory connectionFactory) {
		return () -> {
			if (!connectionFactory.isRunning()) {
				return null;
			}
			AbstractRedisClient client = connectionFactory.getRequiredNativeClient();
			LettuceBasedProxyManager.LettuceBasedProxyManagerBuilder<byte[]> builder;
			if (client instanceof RedisClusterClient cluster) {
				builder = LettuceBasedProxyManager.builderFor(cluster);
			}
			else if (client instanceof RedisClient standalone) {
				builder = LettuceBasedProxyManager.builderFor(standalone);
			}
			else {
				throw new CheckoutConfigurationException("checkout.rate-limit.store",
						"checkout.rate-limit.store=redis needs a standalone or cluster Lettuce client, was "
								+ client.getClass().getName());
			}
			return builder.withClientSideConfig(ClientSideConfig.getDefault().withRequestTimeout(REQUEST_TIMEOUT))
				// Idle buckets disappear once they would be full again.
				.withExpirationStrategy(
						ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
				.build();
		};
	}

	/**
	 * The account part of the bucket keys: the merchant's subdomain when set (one per
	 * account), otherwise a hash of the OAuth client id (never the id itself).
	 * @param subdomain the subdomain, may be {@code null}
	 * @param clientId the OAuth client id
	 * @return the account key
	 */
	public static String account(@Nullable String subdomain, String clientId) {
		if (subdomain != null && !subdomain.isBlank()) {
			return subdomain.trim().toLowerCase(java.util.Locale.ROOT);
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(clientId.getBytes(StandardCharsets.UTF_8));
			return "client-" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
