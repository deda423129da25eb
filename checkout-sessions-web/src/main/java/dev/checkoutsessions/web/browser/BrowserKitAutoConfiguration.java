package dev.checkoutsessions.web.browser;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.servlet.DispatcherServlet;

import dev.checkoutsessions.web.ReceiverSettings;

/**
 * The browser kit, in servlet (Spring MVC) and reactive (WebFlux) applications that set
 * {@code checkout.browser.enabled=true}: serves {@code /checkout-sessions/3ds.js} and the
 * 3DS Method and challenge notification pages, and publishes {@link ThreeDsScript} so
 * templates can link the versioned script. Any other application stops at startup instead
 * of answering 404 to the shopper's browser.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnBooleanProperty("checkout.browser.enabled")
@EnableConfigurationProperties(BrowserProperties.class)
public final class BrowserKitAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ThreeDsScript checkoutSessions3ds(BrowserProperties properties, ApplicationContext context) {
		ReceiverSettings.requireWebStack("checkout.browser.enabled", context);
		ReceiverSettings.requirePath("checkout.browser.method-notification-path",
				properties.getMethodNotificationPath());
		ReceiverSettings.requirePath("checkout.browser.challenge-notification-path",
				properties.getChallengeNotificationPath());
		return new ThreeDsScript(properties.getMethodNotificationPath(), properties.getChallengeNotificationPath());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(DispatcherServlet.class)
	static class ServletEndpointsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		BrowserKitEndpoints checkoutSessionsBrowserKitEndpoints(ThreeDsScript script) {
			return new BrowserKitEndpoints(new BrowserKitPages(script));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@ConditionalOnClass(DispatcherHandler.class)
	static class ReactiveEndpointsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ReactiveBrowserKitEndpoints checkoutSessionsReactiveBrowserKitEndpoints(ThreeDsScript script) {
			return new ReactiveBrowserKitEndpoints(new BrowserKitPages(script));
		}

	}

}
