package dev.checkoutsessions.web.readme;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * The merchant application of docs/callbacks-and-webhooks.md: its {@code application.yml} is the page's YAML block
 * ({@code readme-application.yml}, checked against the page by {@link CallbacksAndWebhooksDocsTests}).
 */
@SpringBootApplication
@PropertySource(value = "classpath:readme-application.yml", factory = YamlPropertySourceFactory.class)
public class ReadmeApplication {

}
