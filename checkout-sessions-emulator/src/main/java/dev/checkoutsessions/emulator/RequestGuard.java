package dev.checkoutsessions.emulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Refuses requests whose {@code Host} header is not one of the emulator's own names with
 * 403, before they reach the API (DNS rebinding: see {@link AllowedHosts}).
 */
final class RequestGuard implements StubRequestFilterV2 {

	private final AllowedHosts hosts;

	RequestGuard(AllowedHosts hosts) {
		this.hosts = hosts;
	}

	@Override
	public String getName() {
		return "checkout-sessions-emulator-host-check";
	}

	@Override
	public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
		String host = request.getHeader("Host");
		if (hosts.allows(host)) {
			return RequestFilterAction.continueWith(request);
		}
		return RequestFilterAction.stopWith(new ResponseDefinitionBuilder().withStatus(403)
			.withHeader("Content-Type", "text/plain; charset=utf-8")
			.withHeader("X-Content-Type-Options", "nosniff")
			.withBody("Host " + host + " is not this emulator's address: requests for other names are refused so that"
					+ " pages of other sites cannot reach it. Call it by localhost, 127.0.0.1 or the name it was"
					+ " started with (--host <the name callers use>).\n")
			.build());
	}

}
