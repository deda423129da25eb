package dev.checkoutsessions.web.delivery;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import dev.checkoutsessions.web.app.WebTestApplication;

/**
 * {@link CallbackAccountsContract} in a servlet application.
 */
@SpringBootTest(classes = { WebTestApplication.class, CallbackAccountsContract.TwoAccountsConfiguration.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "checkout.callback.enabled=true", "checkout.deduplication.store=memory",
				// The accounts' clients are the test's own: no top-level client.
				"spring.autoconfigure.exclude=dev.checkoutsessions.autoconfigure.SessionsClientAutoConfiguration" })
class CallbackAccountsApplicationTests extends CallbackAccountsContract {

}
