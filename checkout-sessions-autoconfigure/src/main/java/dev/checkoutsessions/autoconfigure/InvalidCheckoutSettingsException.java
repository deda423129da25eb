package dev.checkoutsessions.autoconfigure;

import java.util.List;
import java.util.stream.Collectors;

import dev.checkoutsessions.client.CheckoutConfigurationException;

/**
 * Every {@code checkout.*} problem found at startup, thrown once so that
 * {@link InvalidCheckoutSettingsFailureAnalyzer} reports them together with their fixes.
 */
final class InvalidCheckoutSettingsException extends CheckoutConfigurationException {

	private static final long serialVersionUID = 1L;

	private final transient List<CheckoutSettingsCheck.Problem> problems;

	InvalidCheckoutSettingsException(List<CheckoutSettingsCheck.Problem> problems) {
		super(problems.get(0).property(), problems.get(0).problem(), problems.get(0).fix(),
				problems.stream()
					.map((problem) -> "'" + problem.property() + "' " + problem.problem())
					.collect(Collectors.joining("; ", "Invalid Checkout.com settings: ", "")));
		this.problems = List.copyOf(problems);
	}

	List<CheckoutSettingsCheck.Problem> getProblems() {
		return this.problems;
	}

}
