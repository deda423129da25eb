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
 * Serves {@code POST {checkout.callback.path}} and, for a configured account, {@code POST
 * {checkout.callback.path}/{account}} in a WebFlux application. Nothing blocks an event
 * loop: the body is read within the limit as it arrives, the created-sessions records and
 * budget (which may be the JDBC store) are checked on Reactor's bounded elastic
 * scheduler, the re-read and the listeners run on the receiver's own executor, and the
 * answer is a future that completes within {@code checkout.callback.answer-within}.
 */
@RestController
final class ReactiveCallbackEndpoint {

	private final SessionCallbackReceiver receiver;

	ReactiveCallbackEndpoint(SessionCallbackReceiver receiver) {
		this.receiver = receiver;
	}

	@PostMapping("${checkout.callback.path:/checkout/sessions/callback}")
	Mono<ResponseEntity<?>> receive(ServerHttpRequest request) {
		return receive(request, null);
	}

	@PostMapping("${checkout.callback.path:/checkout/sessions/callback}/{account}")
	Mono<ResponseEntity<?>> receiveForAccount(@PathVariable("account") String account, ServerHttpRequest request) {
		return receive(request, account);
	}

	private Mono<ResponseEntity<?>> receive(ServerHttpRequest request, @Nullable String account) {
		String instance = request.getPath().value();
		ResponseEntity<?> refused = this.receiver.refuseBeforeReading(instance, account,
				request.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE));
		if (refused != null) {
			return Mono.just(refused);
		}
		// Only a failed read is "unreadable"; what fails later answers through the
		// receiver.
		return ReactiveBodies.read(request, this.receiver.maxBodyBytes())
			.<Supplier<Mono<ResponseEntity<?>>>>map(
					(body) -> () -> Mono.fromFuture(this.receiver.receive(instance, account, body.orElse(null))))
			.onErrorResume((ex) -> Mono.just(() -> Mono.just(this.receiver.unreadable(instance))))
			.publishOn(Schedulers.boundedElastic())
			.flatMap(Supplier::get);
	}

	@Override
	public String toString() {
		return "ReactiveCallbackEndpoint";
	}

}
