package dev.checkoutsessions.autoconfigure;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem {@link CheckoutSettingsCheck} found, thrown at startup so that
 * {@link InvalidCheckoutSettingsFailureAnalyzer} reports them together with their fixes.
 */
final class InvalidCheckoutSettingsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<CheckoutSettingsCheck.Problem> problems;

	InvalidCheckoutSettingsException(List<CheckoutSettingsCheck.Problem> problems) {
		super(problems.stream()
			.map((problem) -> "'" + problem.property() + "' " + problem.problem())
			.collect(Collectors.joining("; ", "Invalid Checkout.com settings: ", "")));
		this.problems = List.copyOf(problems);
	}

	List<CheckoutSettingsCheck.Problem> getProblems() {
		return this.problems;
	}

}
