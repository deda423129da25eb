package dev.checkoutsessions.web.delivery;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@code POST {checkout.webhooks.path}} (the top-level account) and {@code POST
 * {checkout.webhooks.path}/{account}} (a configured account) in a WebFlux application:
 * the header checks and the bounded read run on the event loop (neither blocks);
 * verification, deduplication and the listeners run on Reactor's bounded elastic
 * scheduler, because the deduplication store may be JDBC and listeners may block.
 */
@RestController
final class ReactiveWebhookEndpoint {

	private final WebhookReceiver receiver;

	ReactiveWebhookEndpoint(WebhookReceiver receiver) {
		this.receiver = receiver;
	}

	@PostMapping("${checkout.webhooks.path:/checkout/webhooks}")
	Mono<ResponseEntity<?>> receive(ServerHttpRequest request) {
		return receive(request, null);
	}

	@PostMapping("${checkout.webhooks.path:/checkout/webhooks}/{account}")
	Mono<ResponseEntity<?>> receiveForAccount(@PathVariable("account") String account, ServerHttpRequest request) {
		return receive(request, account);
	}

	private Mono<ResponseEntity<?>> receive(ServerHttpRequest request, @Nullable String account) {
		String instance = request.getPath().value();
		HttpHeaders headers = request.getHeaders();
		ResponseEntity<?> refused = this.receiver.refuseBeforeReading(instance, account,
				headers.getFirst(HttpHeaders.AUTHORIZATION), headers.getFirst(HttpHeaders.CONTENT_TYPE));
		if (refused != null) {
			return Mono.just(refused);
		}
		String signature = headers.getFirst(WebhookSignature.HEADER);
		// Only a failed read is "unreadable"; what fails later answers through the
		// receiver.
		return ReactiveBodies.read(request, this.receiver.maxBodyBytes())
			.<Supplier<ResponseEntity<?>>>map(
					(body) -> () -> this.receiver.receive(instance, account, signature, body.orElse(null)))
			.onErrorResume((ex) -> Mono.just(() -> this.receiver.unreadable(instance)))
			.publishOn(Schedulers.boundedElastic())
			.map(Supplier::get);
	}

	@Override
	public String toString() {
		return "ReactiveWebhookEndpoint";
	}

}
