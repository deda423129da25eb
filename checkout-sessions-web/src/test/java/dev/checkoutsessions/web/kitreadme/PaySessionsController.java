package dev.checkoutsessions.web.kitreadme;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.checkoutsessions.client.CheckoutApiException;
import dev.checkoutsessions.client.CheckoutException;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.web.browser.BrowserFields;
import dev.checkoutsessions.web.browser.BrowserSessions;
import dev.checkoutsessions.web.browser.BrowserStep;
import dev.checkoutsessions.web.browser.NextStep;
import dev.checkoutsessions.web.browser.ThreeDsScript;

@RestController
@RequestMapping("/pay/sessions")
class PaySessionsController {

    private final SessionsClient sessions;

    private final ThreeDsScript script;

    PaySessionsController(SessionsClient sessions, ThreeDsScript script) {
        this.sessions = sessions;
        this.script = script;
    }

    /** Create: the script posts the order here and gets the first step. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BrowserStep create(@RequestBody Order order) {
        String site = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        SessionRequest request = SessionRequest.builder()
            .source(SessionCardSource.builder().number(order.cardNumber()).expiryMonth(12).expiryYear(2030).build())
            .amount(order.amount())
            .currency(Currency.of(order.currency()))
            .completion(NonHostedCompletionInfo.builder()
                .callbackUrl(site + "/checkout/sessions/callback")                  // the result, server to server
                .challengeNotificationUrl(site + script.getChallengeNotificationPath()) // the CRes, in the iframe
                .build())
            .build();
        return BrowserStep.of(sessions.requestSession(request).getSession());
    }

    /** Read: the script asks where the session stands, e.g. while the challenge runs. */
    @GetMapping("/{id}")
    BrowserStep read(@PathVariable String id) {
        return BrowserStep.of(sessions.getSessionDetails(id));
    }

    /** The browser's data and the 3DS Method's outcome; IP, Accept and User-Agent come from the request. */
    @PutMapping("/{id}")
    BrowserStep browserData(@PathVariable String id, @RequestBody BrowserFields fields, HttpServletRequest request) {
        return BrowserStep.of(sessions.updateSession(id, BrowserSessions.from(request, fields)));
    }

    /** Complete: Checkout.com then posts the result to the callback_url; the script reads the session again. */
    @PostMapping("/{id}/complete")
    BrowserStep complete(@PathVariable String id) {
        sessions.completeSession(id);
        return BrowserStep.of(sessions.getSessionDetails(id));
    }

    /** On the server, before the payment: only Authorise carries what the authorization needs. */
    static String authorisation(SessionsClient sessions, String id) {
        NextStep next = NextStep.of(sessions.getSessionDetails(id));   // an OAuth read: ECI and cryptogram included
        if (next instanceof NextStep.Authorise authorise) {
            return "authorise with eci " + authorise.eci() + " and the cryptogram";   // POST /payments, 3ds.*
        }
        return "do not authorise: " + next;   // ask for another card
    }

    /** Checkout.com refused the step, e.g. a second complete: a problem detail whose detail the script shows. */
    @ExceptionHandler
    ProblemDetail refused(CheckoutApiException ex) {
        HttpStatus status = switch (ex.getHttpStatusCode()) {
            case 404 -> HttpStatus.NOT_FOUND;                 // no such session
            case 422 -> HttpStatus.UNPROCESSABLE_ENTITY;      // the order's data was refused
            default -> ex.getErrorCodes().contains("update_not_allowed_due_to_state")
                    ? HttpStatus.CONFLICT                     // the session is past this step
                    : HttpStatus.BAD_GATEWAY;                 // our keys or scopes, or trouble at Checkout.com
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());   // never a secret
        problem.setProperty("errorCodes", ex.getErrorCodes());
        return problem;
    }

    /** Not reached, timed out, no token: the message says whether the request may have been processed. */
    @ExceptionHandler
    ProblemDetail unavailable(CheckoutException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
    }

    /** A bad order (a blank currency, a missing card number): the message names the field. */
    @ExceptionHandler
    ProblemDetail invalid(IllegalArgumentException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    }

    record Order(String cardNumber, long amount, String currency) {
    }
}
