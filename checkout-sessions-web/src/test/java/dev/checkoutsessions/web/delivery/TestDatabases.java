package dev.checkoutsessions.web.delivery;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the JDBC store is tested on: H2 always, PostgreSQL and MariaDB when
 * {@code CHECKOUT_TEST_POSTGRESQL_URL} and {@code CHECKOUT_TEST_MARIADB_URL} name running
 * servers (.ci/run starts both from Debian's packages). Outside CI a missing server skips
 * its tests, saying how to run them; in CI ({@code CI=true}) it fails them.
 */
public enum TestDatabases {

	H2(null), POSTGRESQL("CHECKOUT_TEST_POSTGRESQL_URL"), MARIADB("CHECKOUT_TEST_MARIADB_URL");

	private final String variable;

	TestDatabases(String variable) {
		this.variable = variable;
	}

	public static Stream<TestDatabases> all() {
		return Stream.of(values());
	}

	/**
	 * A JDBC URL of an empty place for one test: a fresh H2 database, or the server's
	 * database after dropping the deliveries table (and the one its migration leaves).
	 */
	public String freshUrl() {
		if (this.variable == null) {
			return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		}
		String url = System.getenv(this.variable);
		String problem = null;
		if (url == null || url.isBlank()) {
			problem = "no " + name().toLowerCase() + " server configured (" + this.variable + ")";
		}
		else {
			try (Connection connection = DriverManager.getConnection(url)) {
				connection.createStatement().execute("DROP TABLE IF EXISTS CHECKOUT_DELIVERIES");
				connection.createStatement().execute("DROP TABLE IF EXISTS CHECKOUT_DELIVERIES_OLD");
			}
			catch (SQLException ex) {
				problem = name().toLowerCase() + " at " + this.variable + " is not usable: " + ex.getMessage();
			}
		}
		if (problem != null) {
			String message = problem + "; run .ci/run, which starts PostgreSQL and MariaDB on loopback and sets "
					+ "CHECKOUT_TEST_POSTGRESQL_URL and CHECKOUT_TEST_MARIADB_URL";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail(message);
			}
			Assumptions.abort(message);
		}
		return url;
	}

}
