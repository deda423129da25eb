package dev.checkoutsessions.web.kitreadme;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

import dev.checkoutsessions.web.readme.YamlPropertySourceFactory;

/**
 * The merchant application of docs/browser-kit.md: its {@code application.yml} is the page's YAML block
 * ({@code kit-readme-application.yml}) and {@link CheckoutPageController} and {@link PaySessionsController} its Java
 * blocks (checked by {@link BrowserKitDocsTests}).
 */
@SpringBootApplication
@PropertySource(value = "classpath:kit-readme-application.yml", factory = YamlPropertySourceFactory.class)
public class KitReadmeApplication {

}
