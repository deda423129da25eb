package dev.checkoutsessions.sample;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.checkoutsessions.client.CheckoutApiException;
import dev.checkoutsessions.client.CheckoutAuthenticationException;
import dev.checkoutsessions.client.CheckoutException;

/**
 * Turns client failures into problem details the page can show. API errors keep their
 * status and error codes, so a 422 from Checkout.com reads as a 422 here; everything else
 * is a bad gateway. Messages from the client carry no secrets, so they are safe to
 * return.
 */
@RestControllerAdvice(assignableTypes = SessionsApiController.class)
class CheckoutErrorHandler {

	@ExceptionHandler
	ProblemDetail apiError(CheckoutApiException ex) {
		HttpStatus status = HttpStatus.resolve(ex.getHttpStatusCode());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail((status != null) ? status : HttpStatus.BAD_GATEWAY,
				ex.getMessage());
		problem.setTitle("Checkout.com rejected the request");
		problem.setProperty("errorType", ex.getErrorType());
		problem.setProperty("errorCodes", ex.getErrorCodes());
		problem.setProperty("requestId", ex.getRequestId());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail authenticationError(CheckoutAuthenticationException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
		problem.setTitle("Could not get an OAuth token from Checkout.com");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail otherError(CheckoutException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
		problem.setTitle("Could not reach Checkout.com");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidArgument(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
