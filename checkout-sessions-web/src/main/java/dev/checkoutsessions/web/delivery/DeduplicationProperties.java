package dev.checkoutsessions.web.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where delivered webhook event ids and completed session ids are remembered
 * ({@code checkout.deduplication.*}), for both receivers.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("checkout.deduplication")
public class DeduplicationProperties {

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
	 * How long the JDBC store keeps claims; longer than Checkout.com's redelivery window.
	 */
	private Duration retention = Duration.ofDays(7);

	/**
	 * How long a claim stays in progress before another delivery may take it over: longer
	 * than the listeners take, so a crashed instance delays an event by at most this.
	 */
	private Duration lease = Duration.ofMinutes(1);

	/**
	 * When to create the JDBC store's table: embedded (the default), always or never.
	 */
	private InitializeSchema initializeSchema = InitializeSchema.EMBEDDED;

	public Duration getLease() {
		return this.lease;
	}

	public void setLease(Duration lease) {
		this.lease = lease;
	}

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

		/**
		 * Never: create the table yourself from
		 * dev/checkoutsessions/web/delivery/schema.sql.
		 */
		NEVER

	}

}
