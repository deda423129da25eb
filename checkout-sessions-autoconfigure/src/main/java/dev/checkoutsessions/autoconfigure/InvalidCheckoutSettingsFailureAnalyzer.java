package dev.checkoutsessions.autoconfigure;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.checkoutsessions.client.CheckoutConfigurationException;

/**
 * The one report of bad {@code checkout.*} settings, whichever module found them: every
 * problem at once, one line per property with what is wrong, and one fix per property.
 */
class InvalidCheckoutSettingsFailureAnalyzer extends AbstractFailureAnalyzer<CheckoutConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CheckoutConfigurationException cause) {
		List<CheckoutSettingsCheck.Problem> problems = (cause instanceof InvalidCheckoutSettingsException all)
				? all.getProblems() : List.of(CheckoutPropertiesMapper.problem(cause));
		String description = problems.stream()
			.map((problem) -> "    '" + problem.property() + "' " + problem.problem())
			.collect(Collectors.joining("\n",
					"The Checkout.com Sessions starter found " + count(problems) + " in the checkout.* settings:\n\n",
					""));
		String action = problems.stream()
			.map((problem) -> "    " + problem.property() + ": " + problem.fix())
			.collect(Collectors.joining("\n", "Update your configuration:\n\n", ""));
		return new FailureAnalysis(description, action, cause);
	}

	private static String count(List<CheckoutSettingsCheck.Problem> problems) {
		int size = problems.size();
		return (size == 1) ? "1 problem" : size + " problems";
	}

}
