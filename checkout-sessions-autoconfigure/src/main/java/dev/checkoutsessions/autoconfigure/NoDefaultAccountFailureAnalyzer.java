package dev.checkoutsessions.autoconfigure;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import dev.checkoutsessions.client.SessionsClient;

/**
 * A {@link SessionsClient} injected where several accounts are configured and none is the
 * default: says which accounts there are and how to choose, instead of Boot's generic
 * "required a bean that could not be found". Runs before Boot's analyzer of the same
 * failure.
 */
class NoDefaultAccountFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException>
		implements Ordered {

	private final Environment environment;

	NoDefaultAccountFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
		Class<?> type = cause.getBeanType();
		if (type == null || !SessionsClient.class.isAssignableFrom(type)) {
			return null;
		}
		Set<String> accounts = OnDefaultAccountCondition.accountNames(this.environment);
		if (accounts.isEmpty()) {
			return null;
		}
		String names = String.join(", ", accounts);
		String first = accounts.iterator().next();
		return new FailureAnalysis(
				"A SessionsClient was injected, but several Checkout.com accounts are configured (" + names
						+ ") and none is the default, so there is no SessionsClient bean.",
				"Inject SessionsClients and choose the account on each call (sessionsClients.get(\"" + first
						+ "\")), or set 'checkout.default-account' to one of " + names + ".",
				cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
