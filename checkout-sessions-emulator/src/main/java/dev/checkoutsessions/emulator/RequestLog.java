package dev.checkoutsessions.emulator;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request when switched on ({@link SessionsEmulator.Builder#logRequests}):
 * method, path, status and time, such as {@code POST /sessions 201 12 ms}. Headers,
 * bodies and query strings are never written: they carry card numbers, client secrets,
 * tokens and session secrets.
 */
final class RequestLog implements ServeEventListener {

	private static final Logger logger = LoggerFactory.getLogger("dev.checkoutsessions.emulator.requests");

	private final boolean enabled;

	/** When each request in flight reached the emulator, by serve event id. */
	private final Map<UUID, Long> started = new ConcurrentHashMap<>();

	RequestLog(boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	public String getName() {
		return "checkout-sessions-emulator-request-log";
	}

	@Override
	public boolean applyGlobally() {
		return true;
	}

	@Override
	public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
		if (enabled) {
			started.put(serveEvent.getId(), System.nanoTime());
		}
	}

	/**
	 * After the answer was sent, so the time includes sending it (and any delay fault).
	 * Requests refused before matching ({@link RequestGuard}) took no time to speak of.
	 */
	@Override
	public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
		if (!enabled) {
			return;
		}
		Long start = started.remove(serveEvent.getId());
		long millis = (start != null) ? TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) : 0;
		LoggedResponse response = serveEvent.getResponse();
		String outcome = (response.getFault() != null) ? "fault " + response.getFault().name()
				: Integer.toString(response.getStatus());
		logger.info("{} {} {} {} ms", serveEvent.getRequest().getMethod().getName(),
				pathOf(serveEvent.getRequest().getUrl()), outcome, millis);
	}

	/** For requests answered before they reach the emulator, such as the admin API's. */
	void refused(String method, String url, int status) {
		if (enabled) {
			logger.info("{} {} {} 0 ms", method, pathOf(url), status);
		}
	}

	private static String pathOf(String url) {
		int query = url.indexOf('?');
		return (query < 0) ? url : url.substring(0, query);
	}

}
