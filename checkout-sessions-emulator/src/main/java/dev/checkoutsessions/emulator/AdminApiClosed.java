package dev.checkoutsessions.emulator;

import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Answers every request for WireMock's admin API ({@code /__admin}: shutdown, settings,
 * mappings) 404, as if it did not exist: the emulator is controlled through its Java API,
 * and an open admin API would let any page a developer's browser visits stop or rewrite
 * it. The Java API does not go through HTTP, so it keeps working.
 */
final class AdminApiClosed implements AdminRequestFilterV2 {

	private final RequestLog log;

	AdminApiClosed(RequestLog log) {
		this.log = log;
	}

	@Override
	public String getName() {
		return "checkout-sessions-emulator-admin-closed";
	}

	@Override
	public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
		log.refused(request.getMethod().getName(), "/__admin" + request.getUrl(), 404);
		return RequestFilterAction.stopWith(ResponseDefinition.notFound());
	}

}
