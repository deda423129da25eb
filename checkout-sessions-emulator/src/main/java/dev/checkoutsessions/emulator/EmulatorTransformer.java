package dev.checkoutsessions.emulator;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single WireMock extension: every request reaches it through one catch-all stub. It
 * counts the request, applies an armed fault, routes to the token endpoint, the Sessions
 * API or the cardholder pages, and stamps {@code Cko-Request-Id} on every answer.
 */
final class EmulatorTransformer implements ResponseDefinitionTransformerV2 {

	private static final Logger logger = LoggerFactory.getLogger(EmulatorTransformer.class);

	private final TokenEndpoint tokens;

	private final SessionsApi sessions;

	private final BrowserPages pages;

	private final Faults faults;

	private final Map<Endpoint, AtomicLong> requestCounts = new EnumMap<>(Endpoint.class);

	EmulatorTransformer(TokenEndpoint tokens, SessionsApi sessions, BrowserPages pages, Faults faults) {
		this.tokens = tokens;
		this.sessions = sessions;
		this.pages = pages;
		this.faults = faults;
		for (Endpoint endpoint : Endpoint.values()) {
			requestCounts.put(endpoint, new AtomicLong());
		}
	}

	@Override
	public String getName() {
		return "checkout-sessions-emulator";
	}

	@Override
	public boolean applyGlobally() {
		return true;
	}

	long requestCount(Endpoint endpoint) {
		return counter(endpoint).get();
	}

	/**
	 * The constructor puts a counter for every endpoint, so a missing one is a bug here.
	 */
	private AtomicLong counter(Endpoint endpoint) {
		AtomicLong count = requestCounts.get(endpoint);
		if (count == null) {
			throw new IllegalStateException("No request counter for endpoint " + endpoint);
		}
		return count;
	}

	void resetCounts() {
		requestCounts.values().forEach(count -> count.set(0));
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		String requestId = UUID.randomUUID().toString();
		EmulatorRequest request = toEmulatorRequest(serveEvent.getRequest());
		Endpoint endpoint = Endpoint.match(request.method(), request.path());
		if (endpoint == null) {
			return toDefinition(HttpAnswer.empty(404), requestId).build();
		}
		counter(endpoint).incrementAndGet();
		FaultRule fault = faults.take(endpoint);
		if (fault != null && !fault.kind().processes()) {
			logger.debug("Injecting {} on {}", fault.kind(), endpoint);
			return faultWithoutProcessing(fault, requestId);
		}
		ResponseDefinitionBuilder answer = toDefinition(answer(endpoint, request, requestId), requestId);
		if (fault != null) {
			logger.debug("Injecting {} on {} after processing", fault.kind(), endpoint);
			if (fault.kind() == FaultRule.Kind.DELAY) {
				answer.withFixedDelay(Math.toIntExact(delayOf(fault).toMillis()));
			}
			else {
				answer.withFault(Fault.CONNECTION_RESET_BY_PEER);
			}
		}
		return answer.build();
	}

	private HttpAnswer answer(Endpoint endpoint, EmulatorRequest request, String requestId) {
		try {
			return switch (endpoint) {
				case TOKEN -> tokens.handle(request);
				case BROWSER_PAGE -> pages.handle(request);
				default -> sessions.handle(endpoint, request);
			};
		}
		catch (ApiException ex) {
			return ex.toAnswer(requestId);
		}
		catch (RuntimeException ex) {
			logger.warn("Emulator failed to answer {} {}", request.method(), request.path(), ex);
			return new ApiException(500, "internal_server_error", List.of("unknown_error")).toAnswer(requestId);
		}
	}

	private ResponseDefinition faultWithoutProcessing(FaultRule fault, String requestId) {
		return switch (fault.kind()) {
			case RESET -> new ResponseDefinitionBuilder().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
			case TOO_MANY_REQUESTS -> {
				ResponseDefinitionBuilder answer = toDefinition(HttpAnswer.empty(429), requestId);
				Duration retryAfter = fault.duration();
				if (retryAfter != null) {
					long seconds = (retryAfter.toMillis() + 999) / 1000;
					answer.withHeader("Retry-After", Long.toString(seconds));
				}
				yield answer.build();
			}
			case SERVICE_UNAVAILABLE ->
				toDefinition(new ApiException(503, "service_not_available", List.of("service_not_available"))
					.toAnswer(requestId), requestId).build();
			default -> toDefinition(HttpAnswer.empty(fault.status()), requestId).build();
		};
	}

	/** {@link FaultSpec#delay} always arms a delay with a positive duration. */
	private static Duration delayOf(FaultRule fault) {
		Duration delay = fault.duration();
		if (delay == null) {
			throw new IllegalStateException("A DELAY fault without a duration");
		}
		return delay;
	}

	private static ResponseDefinitionBuilder toDefinition(HttpAnswer answer, String requestId) {
		ResponseDefinitionBuilder builder = new ResponseDefinitionBuilder().withStatus(answer.status())
			.withHeader("Cko-Request-Id", requestId);
		answer.headers().forEach(builder::withHeader);
		if (answer.body() != null) {
			builder.withBody(answer.body());
		}
		return builder;
	}

	private static EmulatorRequest toEmulatorRequest(Request request) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (HttpHeader header : request.getHeaders().all()) {
			headers.put(header.key(), header.firstValue());
		}
		String url = request.getUrl();
		int query = url.indexOf('?');
		String path = query < 0 ? url : url.substring(0, query);
		return new EmulatorRequest(request.getMethod().getName(), path, headers, request.getBodyAsString(),
				request.getClientIp());
	}

}
