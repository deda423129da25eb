package dev.checkoutsessions.autoconfigure;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports every {@code checkout.*} problem found at startup at once: one line per
 * property with what is wrong, and one fix per property.
 */
class InvalidCheckoutSettingsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCheckoutSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCheckoutSettingsException cause) {
		String description = cause.getProblems()
			.stream()
			.map((problem) -> "    '" + problem.property() + "' " + problem.problem())
			.collect(Collectors.joining("\n",
					"The Checkout.com Sessions starter found " + count(cause) + " in the checkout.* settings:\n\n",
					""));
		String action = cause.getProblems()
			.stream()
			.map((problem) -> "    " + problem.property() + ": " + problem.fix())
			.collect(Collectors.joining("\n", "Update your configuration:\n\n", ""));
		return new FailureAnalysis(description, action, cause);
	}

	private static String count(InvalidCheckoutSettingsException cause) {
		int size = cause.getProblems().size();
		return (size == 1) ? "1 problem" : size + " problems";
	}

}
