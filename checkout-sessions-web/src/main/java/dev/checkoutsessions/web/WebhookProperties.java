package dev.checkoutsessions.web;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The webhook receiver ({@code checkout.webhooks.*}) and the deduplication both receivers
 * share.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("checkout.webhooks")
public class WebhookProperties {

	/**
	 * Whether to receive Checkout.com webhooks; needs checkout.webhooks.signature-key.
	 */
	private boolean enabled;

	/**
	 * Path of the webhook receiver; configure your public host plus this path as the
	 * webhook URL.
	 */
	private String path = "/checkout/webhooks";

	/**
	 * The webhook's signature key from the Dashboard, the HMAC-SHA256 key of
	 * Cko-Signature; masked by Actuator.
	 */
	private @Nullable String signatureKey;

	/**
	 * The Authorization header value configured on the webhook, checked when set; masked
	 * by Actuator.
	 */
	private @Nullable String authorizationHeader;

	/** Largest webhook body accepted; larger ones get 413 without being read further. */
	private DataSize maxBodySize = DataSize.ofKilobytes(256);

	/** Deduplication of webhook events and completion callbacks. */
	private final Deduplication deduplication = new Deduplication();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public @Nullable String getSignatureKey() {
		return this.signatureKey;
	}

	public void setSignatureKey(@Nullable String signatureKey) {
		this.signatureKey = signatureKey;
	}

	public @Nullable String getAuthorizationHeader() {
		return this.authorizationHeader;
	}

	public void setAuthorizationHeader(@Nullable String authorizationHeader) {
		this.authorizationHeader = authorizationHeader;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	public Deduplication getDeduplication() {
		return this.deduplication;
	}

	@Override
	public String toString() {
		// Never the key or the header value.
		return "WebhookProperties[enabled=" + this.enabled + ", path=" + this.path + "]";
	}

	/** Where delivered event ids and completed session ids are remembered. */
	public static class Deduplication {

		/**
		 * Where claims are kept: jdbc on the application's DataSource when there is one,
		 * memory otherwise.
		 */
		private Store store = Store.AUTO;

		/**
		 * Most keys the in-memory store remembers; the oldest are forgotten beyond it.
		 */
		private int maxEntries = 100_000;

		/** Table of the JDBC store. */
		private String tableName = "CHECKOUT_DELIVERIES";

		/**
		 * How long the JDBC store keeps claims; longer than Checkout.com's redelivery
		 * window.
		 */
		private Duration retention = Duration.ofDays(7);

		/**
		 * When to create the JDBC store's table: embedded (the default), always or never.
		 */
		private InitializeSchema initializeSchema = InitializeSchema.EMBEDDED;

		public Store getStore() {
			return this.store;
		}

		public void setStore(Store store) {
			this.store = store;
		}

		public int getMaxEntries() {
			return this.maxEntries;
		}

		public void setMaxEntries(int maxEntries) {
			this.maxEntries = maxEntries;
		}

		public String getTableName() {
			return this.tableName;
		}

		public void setTableName(String tableName) {
			this.tableName = tableName;
		}

		public Duration getRetention() {
			return this.retention;
		}

		public void setRetention(Duration retention) {
			this.retention = retention;
		}

		public InitializeSchema getInitializeSchema() {
			return this.initializeSchema;
		}

		public void setInitializeSchema(InitializeSchema initializeSchema) {
			this.initializeSchema = initializeSchema;
		}

	}

	/** Deduplication stores. */
	public enum Store {

		/** JDBC when the application has a DataSource, memory otherwise. */
		AUTO,

		/** This JVM's memory: one instance only. */
		MEMORY,

		/** The application's DataSource: shared by every instance. */
		JDBC

	}

	/** When the JDBC store's table is created, as Spring Session JDBC does it. */
	public enum InitializeSchema {

		/** Only for embedded databases (H2, HSQLDB, Derby). */
		EMBEDDED,

		/** On every start; the script fails harmlessly when the table exists. */
		ALWAYS,

		/** Never: create the table yourself from dev/checkoutsessions/web/schema.sql. */
		NEVER

	}

}
