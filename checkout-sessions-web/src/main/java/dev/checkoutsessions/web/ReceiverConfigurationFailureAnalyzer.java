package dev.checkoutsessions.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a receiver setting that stops startup with the property to change and how. */
public final class ReceiverConfigurationFailureAnalyzer
		extends AbstractFailureAnalyzer<ReceiverConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ReceiverConfigurationException cause) {
		return new FailureAnalysis(
				"The Checkout.com callback or webhook receiver could not start: " + cause.getMessage(),
				cause.getAction(), cause);
	}

}
