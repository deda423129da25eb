package dev.checkoutsessions.web.delivery;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Masks {@code checkout.webhooks.signature-key}, {@code signature-keys} and
 * {@code authorization-header}, and the same of every account
 * ({@code checkout.accounts.<name>.webhooks.signature-keys} and
 * {@code authorization-header}) in {@code /actuator/env} and
 * {@code /actuator/configprops}, even where an application shows values and whether or
 * not the receivers are enabled, in every spelling of the key ({@code signatureKey},
 * {@code CHECKOUT_WEBHOOKS_SIGNATUREKEY}, {@code signature-keys[0]}…).
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class CheckoutWebSanitizingAutoConfiguration {

	private static final Set<String> SECRET_SUFFIXES = Set.of("checkoutwebhookssignaturekey",
			"checkoutwebhookssignaturekeys", "checkoutwebhooksauthorizationheader");

	/** An account's name comes between these, whatever it is. */
	private static final String ACCOUNTS_PREFIX = "checkoutaccounts";

	private static final Set<String> ACCOUNT_SECRET_SUFFIXES = Set.of("webhookssignaturekeys",
			"webhooksauthorizationheader");

	@Bean
	@ConditionalOnMissingBean(name = "checkoutWebhooksSanitizingFunction")
	SanitizingFunction checkoutWebhooksSanitizingFunction() {
		return SanitizingFunction.sanitizeValue().ifKeyMatches((key) -> {
			String normalized = key.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
			// Letters only: list indexes ([0], _0_) and separators drop out.
			return SECRET_SUFFIXES.stream().anyMatch(normalized::endsWith) || (normalized.startsWith(ACCOUNTS_PREFIX)
					&& ACCOUNT_SECRET_SUFFIXES.stream().anyMatch(normalized::endsWith));
		});
	}

}
