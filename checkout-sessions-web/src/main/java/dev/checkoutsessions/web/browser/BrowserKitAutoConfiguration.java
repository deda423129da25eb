package dev.checkoutsessions.web.browser;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

import dev.checkoutsessions.web.ReceiverSettings;

/**
 * The browser kit, in servlet applications that set
 * {@code checkout.browser.enabled=true}: serves {@code /checkout-sessions/3ds.js} the 3DS
 * Method and challenge notification pages, and publishes {@link ThreeDsScript} so
 * templates can link the versioned script.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnBooleanProperty("checkout.browser.enabled")
@EnableConfigurationProperties(BrowserProperties.class)
public final class BrowserKitAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ThreeDsScript checkoutSessions3ds(BrowserProperties properties) {
		ReceiverSettings.requirePath("checkout.browser.method-notification-path",
				properties.getMethodNotificationPath());
		ReceiverSettings.requirePath("checkout.browser.challenge-notification-path",
				properties.getChallengeNotificationPath());
		return new ThreeDsScript(properties.getMethodNotificationPath(), properties.getChallengeNotificationPath());
	}

	@Bean
	@ConditionalOnMissingBean
	BrowserKitEndpoints checkoutSessionsBrowserKitEndpoints(ThreeDsScript script) {
		return new BrowserKitEndpoints(script);
	}

}
