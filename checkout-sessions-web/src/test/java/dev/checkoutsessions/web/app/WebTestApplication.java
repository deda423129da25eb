package dev.checkoutsessions.web.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A merchant application with nothing of its own but a listener that records what the
 * receivers publish.
 */
@SpringBootApplication
public class WebTestApplication {

}
