package dev.checkoutsessions.emulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a session in the API's wire format: snake_case, nulls omitted, the
 * {@code "3ds"} key, {@code _links} as a map of {@code {href}} holding only the links
 * that fit the state, as the API reference's session responses show.
 */
final class SessionJson {

	static final String PROTOCOL_VERSION = "2.2.0";

	/** Sent in the request's shape but answered in another, so never echoed. */
	private static final Set<String> EXPERIENCE_FIELDS = Set.of("preferred_experiences", "google_spa");

	private SessionJson() {
	}

	/**
	 * {@code preferred_experiences} comes in as a list ({@code 3ds}, {@code google_spa})
	 * and goes out as an object with a status per experience (API reference). The
	 * emulator has no Google SPA, so that one is {@code unavailable} and no
	 * {@code google_spa} challenge object is sent; 3DS is {@code processed} once
	 * authentication ran, and {@code experience} then names it.
	 */
	private static void experiences(tools.jackson.databind.@Nullable JsonNode requested, SessionState state,
			ObjectNode body) {
		if (requested == null || !requested.isArray()) {
			return;
		}
		boolean authenticated = state.flowType() != null;
		ObjectNode preferred = Json.object();
		for (tools.jackson.databind.JsonNode experience : requested) {
			String name = experience.asString();
			if ("3ds".equals(name)) {
				preferred.putObject("3ds").put("status", authenticated ? "processed" : "unprocessed");
			}
			else if ("google_spa".equals(name)) {
				preferred.putObject("google_spa").put("status", "unavailable");
			}
		}
		body.set("preferred_experiences", preferred);
		if (authenticated) {
			body.put("experience", "3ds");
		}
	}

	static ObjectNode render(SessionState state, SessionView view) {
		Session session = state.session();
		SessionRequest request = session.request;
		ObjectNode body = Json.object();
		body.put("id", session.id);
		if (view.oauth()) {
			body.put("session_secret", session.secret);
		}
		body.put("transaction_id", session.transactionId);
		body.put("scheme", session.scheme);
		Json.putIfPresent(body, "amount", request.amount());
		body.put("currency", request.currency());
		body.put("completed", state.completed());
		Json.putIfPresent(body, "challenged", state.challenged());
		body.put("authentication_type", request.authenticationType());
		body.put("authentication_category", request.authenticationCategory());
		if (view.oauth() && state.certificates()) {
			body.set("certificates", certificates());
		}
		body.put("status", state.status());
		Json.putIfPresent(body, "status_reason", state.statusReason());
		Json.putIfPresent(body, "approved", state.approved());
		body.put("protocol_version", PROTOCOL_VERSION);
		body.put("challenge_indicator", request.challengeIndicator());
		Json.putIfPresent(body, "reference", request.reference());
		body.put("transaction_type", request.transactionType());
		var actions = body.putArray("next_actions");
		nextActions(state, view).forEach(actions::add);
		if (state.ds() != null) {
			body.set("ds", state.ds());
		}
		if (state.acs() != null) {
			ObjectNode acs = state.acs();
			if ("challenged".equals(state.status())) {
				acs.put("url", view.baseUrl() + "/emulator/acs/" + session.id);
			}
			body.set("acs", acs);
		}
		Json.putIfPresent(body, "response_code", state.responseCode());
		Json.putIfPresent(body, "response_status_reason", state.responseStatusReason());
		if (view.oauth()) {
			Json.putIfPresent(body, "cryptogram", state.cryptogram());
			Json.putIfPresent(body, "eci", state.eci());
		}
		Json.putIfPresent(body, "xid", state.xid());
		Json.putIfPresent(body, "cardholder_info", state.cardholderInfo());
		body.set("card", session.cardInfo.deepCopy());
		request.echoes()
			.properties()
			.stream()
			.filter(echo -> !EXPERIENCE_FIELDS.contains(echo.getKey()))
			.forEach(echo -> body.set(echo.getKey(), echo.getValue().deepCopy()));
		experiences(request.echoes().get("preferred_experiences"), state, body);
		body.put("authentication_date", state.authenticationDate().toString());
		Json.putIfPresent(body, "flow_type", state.flowType());
		ObjectNode exemption = exemption(request.challengeIndicator(), state);
		if (exemption != null) {
			body.set("exemption", exemption);
		}
		if (state.challengeRequest() != null) {
			body.putObject("3ds").put("challenge_request", state.challengeRequest());
		}
		body.set("_links", links(state, view));
		return body;
	}

	/**
	 * An exemption asked for through {@code challenge_indicator}, once authentication has
	 * run: {@code requested} as sent, {@code applied} the exemption when the issuer let
	 * the cardholder through frictionlessly and {@code none} otherwise (a challenge or a
	 * failure means the issuer did not grant it). The API documents the field; which
	 * exemption the sandbox grants is not documented, so this rule is the emulator's own.
	 */
	private static @Nullable ObjectNode exemption(String requested, SessionState state) {
		String granted = switch (requested) {
			case "low_value", "transaction_risk_assessment", "trusted_listing" -> requested;
			case "trusted_listing_prompt" -> "trusted_listing";
			case "data_share" -> "none";
			default -> null;
		};
		if (granted == null || state.flowType() == null) {
			return null;
		}
		boolean frictionlessSuccess = "frictionless".equals(state.flowType()) && Boolean.TRUE.equals(state.approved());
		ObjectNode exemption = Json.object();
		exemption.put("requested", requested);
		exemption.put("applied", frictionlessSuccess ? granted : "none");
		return exemption;
	}

	/**
	 * The {@code channel} header limits the actions to that channel: apps have no 3DS
	 * Method (API reference, `GET /sessions/{id}` header `channel`).
	 */
	private static List<String> nextActions(SessionState state, SessionView view) {
		List<String> actions = new ArrayList<>(state.nextActions());
		if (Session.CHANNEL_APP.equals(view.channelHint())) {
			actions.remove("issuer_fingerprint");
		}
		return actions;
	}

	private static ObjectNode links(SessionState state, SessionView view) {
		Session session = state.session();
		Completion completion = session.request.completion();
		String self = view.baseUrl() + "/sessions/" + session.id;
		ObjectNode links = Json.object();
		link(links, "self", self);
		List<String> actions = state.nextActions();
		if (actions.contains("issuer_fingerprint")) {
			link(links, "issuer_fingerprint", self + "/issuer-fingerprint");
		}
		if (actions.contains("collect_channel_data")) {
			link(links, "collect_channel_data", self + "/collect-data");
		}
		if (actions.contains("issuer_fingerprint")) {
			link(links, "three_ds_method_url", view.baseUrl() + "/emulator/3ds-method/" + session.id);
		}
		if (actions.contains("complete")) {
			link(links, "complete", self + "/complete");
		}
		if (actions.contains("redirect_cardholder")) {
			link(links, "redirect_url", view.baseUrl() + "/emulator/hosted/" + session.id);
		}
		if (completion.hosted()) {
			link(links, "success_url", completion.successUrl());
			link(links, "failure_url", completion.failureUrl());
		}
		if (completion.callbackUrl() != null) {
			link(links, "callback_url", completion.callbackUrl());
		}
		return links;
	}

	private static void link(ObjectNode links, String name, @Nullable String href) {
		links.putObject(name).put("href", href);
	}

	/**
	 * App-channel keys for the 3DS SDK; placeholders shaped like the real ones (base64url
	 * JWK and DER).
	 */
	private static ObjectNode certificates() {
		ObjectNode certificates = Json.object();
		String jwk = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"emulator\",\"y\":\"emulator\"}";
		certificates.put("ds_public",
				Base64.getUrlEncoder().withoutPadding().encodeToString(jwk.getBytes(StandardCharsets.UTF_8)));
		certificates.put("ca_public",
				Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString("checkout-sessions-emulator-ca".getBytes(StandardCharsets.UTF_8)));
		return certificates;
	}

}
