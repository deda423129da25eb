package dev.checkoutsessions.web.reactivereadme;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.web.browser.BrowserFields;
import dev.checkoutsessions.web.browser.BrowserSessions;
import dev.checkoutsessions.web.browser.BrowserStep;

@RestController
@RequestMapping("/pay/sessions")
class ReactivePaySessionsController {

    private final SessionsClient sessions;

    ReactivePaySessionsController(SessionsClient sessions) {
        this.sessions = sessions;
    }

    /** async() runs the call on the client's own bounded pool: the event loop only subscribes. */
    @PutMapping("/{id}")
    Mono<BrowserStep> browserData(@PathVariable String id, @RequestBody BrowserFields fields,
            ServerHttpRequest request) {
        return Mono.fromFuture(() -> sessions.async().updateSession(id, BrowserSessions.fromWebFlux(request, fields)))
            .map(BrowserStep::of);
    }

    @PostMapping("/{id}/complete")
    Mono<BrowserStep> complete(@PathVariable String id) {
        return Mono.fromFuture(() -> sessions.async().completeSession(id))
            .then(Mono.fromFuture(() -> sessions.async().getSessionDetails(id)))
            .map(BrowserStep::of);
    }

    /** A field the page sent is missing or out of the API's bounds: the message names it. */
    @ExceptionHandler
    ProblemDetail invalid(IllegalArgumentException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    }
}
