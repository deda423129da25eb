package dev.checkoutsessions.web.readme;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * The merchant application of the README's "Callbacks and webhooks" section: its {@code application.yml} is the
 * README's YAML block ({@code readme-application.yml}, checked against the README by {@link ReadmeSnippetsTests}).
 */
@SpringBootApplication
@PropertySource(value = "classpath:readme-application.yml", factory = YamlPropertySourceFactory.class)
public class ReadmeApplication {

}
