package dev.checkoutsessions.web.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.checkoutsessions.web.delivery.CheckoutWebhookEvent;

/**
 * One receiver instance of the crash test, in its own JVM: every event it publishes is
 * appended to a shared file; for the ids the test chose, the first listener to see one
 * says so with a marker file and then hangs until the test kills its JVM with SIGKILL.
 */
@SpringBootApplication
public class CrashReceiverApplication {

	public static void main(String[] args) {
		SpringApplication.run(CrashReceiverApplication.class, args);
	}

	@Component
	static class PublishedLog {

		private final Path directory;

		PublishedLog(@Value("${crash.directory}") String directory) {
			this.directory = Path.of(directory);
		}

		@EventListener
		void on(CheckoutWebhookEvent event) throws IOException, InterruptedException {
			// One short append per event: lines of concurrent JVMs never interleave.
			Files.writeString(this.directory.resolve("published.log"), event.getId() + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			if (Files.exists(this.directory.resolve("kill-" + event.getId()))) {
				try {
					Files.createFile(this.directory.resolve("hung-once-" + event.getId()));
				}
				catch (FileAlreadyExistsException ex) {
					// Killed once already: this is the redelivery after the lease.
					return;
				}
				// Written whole, then moved into place: the test never reads half a
				// marker.
				Path marker = Files.writeString(this.directory.resolve("hanging-" + event.getId() + ".tmp"),
						ProcessHandle.current().pid() + " " + System.currentTimeMillis());
				Files.move(marker, this.directory.resolve("hanging-" + event.getId()), StandardCopyOption.ATOMIC_MOVE);
				new CountDownLatch(1).await();
			}
		}

	}

}
