package dev.checkoutsessions.web.readme;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.web.delivery.AuthenticationEventType;
import dev.checkoutsessions.web.delivery.CheckoutWebhookEvent;
import dev.checkoutsessions.web.delivery.SessionCompletedEvent;

@Component
class AuthenticationOutcomes {

    private final Map<String, GetSessionResponse> completed = new ConcurrentHashMap<>();

    private final Map<String, AuthenticationEventType> webhooks = new ConcurrentHashMap<>();

    @EventListener
    void on(SessionCompletedEvent event) {
        // Read with OAuth after the callback: status, ECI and cryptogram can be trusted. A session can be published
        // again (its instance died mid-listener, a restart with the memory store): idempotent by session id.
        completed.putIfAbsent(event.getSessionId(), event.getSession());
    }

    @EventListener
    void on(CheckoutWebhookEvent event) {
        // Cko-Signature verified, at least once, in any order; other event types arrive here too.
        event.getSessionId().ifPresent(sessionId -> event.getAuthenticationType()
            .filter(AuthenticationEventType::isFinal)
            .ifPresent(type -> webhooks.putIfAbsent(sessionId, type)));
    }

    Optional<GetSessionResponse> completed(String sessionId) {
        return Optional.ofNullable(completed.get(sessionId));
    }

    Optional<AuthenticationEventType> webhook(String sessionId) {
        return Optional.ofNullable(webhooks.get(sessionId));
    }

    boolean approved(String sessionId) {
        // approved may be null: never unbox it.
        return completed(sessionId).map(session -> Boolean.TRUE.equals(session.getApproved())).orElse(false);
    }
}
