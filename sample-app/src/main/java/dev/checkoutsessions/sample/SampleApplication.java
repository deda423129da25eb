package dev.checkoutsessions.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A merchant's checkout running Checkout.com standalone 3-D Secure through the starter.
 * Without keys it runs against the embedded emulator
 * ({@link EmbeddedEmulatorEnvironmentPostProcessor}).
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
