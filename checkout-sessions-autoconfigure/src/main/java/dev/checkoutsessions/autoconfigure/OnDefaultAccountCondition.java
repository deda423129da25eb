package dev.checkoutsessions.autoconfigure;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.IgnoreErrorsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether there is a default account for the {@code SessionsClient} bean: no
 * {@code checkout.accounts} at all, a top-level {@code checkout.oauth.client-id}, or
 * {@code checkout.default-account}. The same rule as
 * {@link ConfiguredAccount#defaultName}, asked of the environment before the properties
 * are bound.
 */
class OnDefaultAccountCondition extends SpringBootCondition {

	private static final ConfigurationPropertyName ACCOUNTS = ConfigurationPropertyName.of("checkout.accounts");

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		if (accountNames(environment).isEmpty()) {
			return ConditionOutcome.match("no checkout.accounts: the top-level account is the default");
		}
		Binder binder = Binder.get(environment);
		// Blank is unset, as for ConfiguredAccount.defaultName: an unset variable in
		// ${CHECKOUT_DEFAULT_ACCOUNT:} chooses nothing.
		if (binder.bind("checkout.default-account", String.class)
			.map(String::strip)
			.map(OnDefaultAccountCondition::orNull)
			.isBound()) {
			return ConditionOutcome.match("checkout.default-account names the default account");
		}
		if (binder.bind("checkout.oauth.client-id", String.class).isBound()) {
			return ConditionOutcome.match("checkout.oauth.client-id makes the top-level account the default");
		}
		return ConditionOutcome.noMatch("checkout.accounts are configured and none is the default");
	}

	private static @Nullable String orNull(String value) {
		return value.isEmpty() ? null : value;
	}

	/**
	 * The names of the accounts configured under {@code checkout.accounts}, sorted (a
	 * property source's key order is not always the configuration's), asked of the
	 * environment before the properties are bound. Bound as the properties are, so that a
	 * variable completing {@code brand-us} names no account {@code brand}; a value that
	 * does not convert is left to the settings check to report.
	 * @param environment the environment
	 * @return the names
	 */
	static Set<String> accountNames(Environment environment) {
		return new TreeSet<>(Binder.get(environment)
			.bind(ACCOUNTS, Bindable.mapOf(String.class, CheckoutProperties.Account.class),
					new IgnoreErrorsBindHandler())
			.orElse(Map.of())
			.keySet());
	}

}
