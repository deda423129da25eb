package dev.checkoutsessions.web.kitreadme;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

import dev.checkoutsessions.web.readme.YamlPropertySourceFactory;

/**
 * The merchant application of the README's browser kit section: its {@code application.yml} is the section's YAML
 * block ({@code kit-readme-application.yml}) and {@link PaySessionsController} its Java block.
 */
@SpringBootApplication
@PropertySource(value = "classpath:kit-readme-application.yml", factory = YamlPropertySourceFactory.class)
public class KitReadmeApplication {

}
