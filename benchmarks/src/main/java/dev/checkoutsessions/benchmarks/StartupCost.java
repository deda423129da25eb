package dev.checkoutsessions.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the starter's auto-configuration adds to the start of a minimal application: the
 * same application started repeatedly in one warm JVM, alternately with the starter's
 * auto-configurations and with them excluded, so both sides see the same JIT state and
 * machine noise. Prints the medians and their difference.
 *
 * <p>
 * {@code java -cp benchmarks.jar dev.checkoutsessions.benchmarks.StartupCost [rounds]}
 */
public final class StartupCost {

	private static final String EXCLUDE = "--spring.autoconfigure.exclude="
			+ "dev.checkoutsessions.autoconfigure.SessionsClientAutoConfiguration,"
			+ "dev.checkoutsessions.autoconfigure.health.CheckoutHealthContributorAutoConfiguration";

	private static final String[] KEYS = { "--checkout.oauth.client-id=ack_startup",
			"--checkout.oauth.client-secret=startup-secret", "--checkout.base-url=http://127.0.0.1:9",
			"--checkout.oauth.token-url=http://127.0.0.1:9/connect/token", "--spring.main.banner-mode=off",
			"--spring.main.log-startup-info=false" };

	private StartupCost() {
	}

	public static void main(String[] args) {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 40;
		List<Long> with = new ArrayList<>();
		List<Long> without = new ArrayList<>();
		for (int round = 0; round < rounds * 2; round++) {
			boolean measured = round >= rounds;
			long withStarter = start(false);
			long withoutStarter = start(true);
			if (measured) {
				with.add(withStarter);
				without.add(withoutStarter);
			}
		}
		double withMs = median(with) / 1e6;
		double withoutMs = median(without) / 1e6;
		// The measurement is this command-line tool's output (run.sh reads the line), not
		// a log message.
		System.out.printf("startup (median of %d warm starts each): with starter %.1f ms, without %.1f ms, "
				+ "auto-configuration adds %.1f ms%n", rounds, withMs, withoutMs, withMs - withoutMs);
	}

	private static long start(boolean excludeStarter) {
		List<String> args = new ArrayList<>(List.of(KEYS));
		if (excludeStarter) {
			args.add(EXCLUDE);
		}
		SpringApplication application = new SpringApplication(MinimalApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = application.run(args.toArray(String[]::new))) {
			long elapsed = System.nanoTime() - start;
			if (context.containsBean("sessionsClient") == excludeStarter) {
				throw new IllegalStateException("the starter was " + (excludeStarter ? "not excluded" : "not applied"));
			}
			return elapsed;
		}
	}

	private static double median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}

	/** The smallest application a merchant could write around the starter. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class MinimalApplication {

	}

}
