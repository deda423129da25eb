package dev.checkoutsessions.web.delivery;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Masks {@code checkout.webhooks.signature-key} and
 * {@code checkout.webhooks.authorization-header} in {@code /actuator/env} and
 * {@code /actuator/configprops}, even where an application shows values and whether or
 * not the receivers are enabled, in every spelling of the key ({@code signatureKey},
 * {@code CHECKOUT_WEBHOOKS_SIGNATUREKEY}…).
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class CheckoutWebSanitizingAutoConfiguration {

	private static final Set<String> SECRET_SUFFIXES = Set.of("checkoutwebhookssignaturekey",
			"checkoutwebhooksauthorizationheader");

	@Bean
	@ConditionalOnMissingBean(name = "checkoutWebhooksSanitizingFunction")
	SanitizingFunction checkoutWebhooksSanitizingFunction() {
		return SanitizingFunction.sanitizeValue().ifKeyMatches((key) -> {
			String normalized = key.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
			return SECRET_SUFFIXES.stream().anyMatch(normalized::endsWith);
		});
	}

}
