package dev.checkoutsessions.client.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.checkoutsessions.client.model.Fixtures.MAPPER;
import static dev.checkoutsessions.client.model.Fixtures.parse;
import static dev.checkoutsessions.client.model.Fixtures.toTree;
import static dev.checkoutsessions.client.model.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponseFixturesTests {

	private static final String ALL_FIELDS = "get-sessions-200-all-fields-synthetic.json";

	@ParameterizedTest
	@ValueSource(strings = { ALL_FIELDS, "get-sessions-200-pending.json", "post-sessions-201-approved.json",
			"post-sessions-202-pending.json", "post-sessions-202-pending-legacy-2020.json",
			"put-sessions-collect-data-200.json", "put-sessions-issuer-fingerprint-200.json" })
	void everyResponseFixtureReadsAndWritesBackWithoutLosingAField(String fixture) {
		GetSessionResponse session = parse(fixture, GetSessionResponse.class);

		assertThat(toTree(session)).isEqualTo(tree(fixture));
		assertThat(session.getId()).startsWith("sid_");
		assertThat(session.getSelfLink()).isPresent();
	}

	@Test
	void callbackPayloadReadsAndWritesBack() {
		SessionCallback callback = parse("complete-callback-request.json", SessionCallback.class);

		assertThat(toTree(callback)).isEqualTo(tree("complete-callback-request.json"));
		assertThat(callback.getSessionId()).isEqualTo("sid_llraltf4jlwu5dxdtprcv7ba5i");
		assertThat(callback.getResponseReason()).isEqualTo("01");
		assertThat(callback.getStatus()).isSameAs(SessionStatus.APPROVED);
		assertThat(callback.getResponseCode()).isSameAs(ResponseCode.Y);
		assertThat(callback.getAmount()).isEqualTo(6540L);
		assertThat(callback.getChallenged()).isTrue();
		assertThat(callback.getAdditionalProperties()).isEmpty();
	}

	@Test
	void allFieldsFixtureHasTypedValues() {
		GetSessionResponse session = parse(ALL_FIELDS, GetSessionResponse.class);

		assertThat(session.getSessionSecret()).isEqualTo("sek_Dal7UyiH8rIFXA4PfgiIk2jUyQkVDeEWgVBEL4TsRTE=");
		assertThat(session.getStatus()).isSameAs(SessionStatus.CHALLENGED);
		assertThat(session.isFinal()).isFalse();
		assertThat(session.getStatusReason()).isSameAs(StatusReason.ARES_STATUS);
		assertThat(session.getScheme()).isSameAs(SessionScheme.VISA);
		assertThat(session.getAmount()).isEqualTo(6540L);
		assertThat(session.getCurrency()).isSameAs(Currency.USD);
		assertThat(session.getChallengeIndicator()).isSameAs(ChallengeIndicator.TRUSTED_LISTING);
		assertThat(session.getAuthenticationType()).isSameAs(AuthenticationType.REGULAR);
		assertThat(session.getAuthenticationCategory()).isSameAs(Category.PAYMENT);
		assertThat(session.getTransactionType()).isSameAs(TransactionType.GOODS_SERVICE);
		assertThat(session.getNextActions()).containsExactly(NextAction.COLLECT_CHANNEL_DATA);
		assertThat(session.hasNextAction(NextAction.COLLECT_CHANNEL_DATA)).isTrue();
		assertThat(session.hasNextAction(NextAction.COMPLETE)).isFalse();
		assertThat(session.getCertificates().getDsPublic()).isEqualTo("ds-public");
		assertThat(session.getCardholderAccountInfo().getPurchaseCount()).isEqualTo(10L);
		assertThat(session.getMerchantRiskInfo().getDeliveryEmail()).isEqualTo("bruce@wayne-enterprises.com");
		assertThat(session.getDs().getDsId()).isEqualTo("ds-id");
		assertThat(session.getAcs().getChallengeMandated()).isTrue();
		assertThat(session.getAcs().getUrl()).isEqualTo("https://acs.example.com/challenge");
		assertThat(session.getResponseCode()).isSameAs(ResponseCode.Y);
		assertThat(session.getResponseStatusReason()).isEqualTo("01");
		assertThat(session.getCryptogram()).isEqualTo("MTIzNDU2Nzg5MDA5ODc2NTQzMjE=");
		assertThat(session.getEci()).isEqualTo("05");
		assertThat(session.getCard().getInstrumentId()).isEqualTo("src_w4jelhppmfiufdnatndh3wtsfq");
		CardMetadata metadata = session.getCard().getMetadata();
		assertThat(metadata.getCardType()).isSameAs(CardType.CREDIT);
		assertThat(metadata.getCardCategory()).isSameAs(CardCategory.CONSUMER);
		assertThat(metadata.getIssuerCountry()).isEqualTo("GB");
		assertThat(metadata.getProductType()).isEqualTo("Debit MasterCard Card");
		assertThat(session.getRecurring().getDaysBetweenPayments()).isEqualTo(30L);
		assertThat(session.getInstallment().getNumberOfPayments()).isEqualTo(3L);
		assertThat(session.getInitialTransaction().getAcsTransactionId()).isEqualTo("acs-txn-id");
		assertThat(session.getCustomerIp()).isEqualTo("192.168.1.1");
		assertThat(session.getAuthenticationDate()).isEqualTo(Instant.parse("2026-08-03T10:11:12Z"));
		assertThat(session.getExemption().getRequested()).isEqualTo("none");
		assertThat(session.getExemption().getApplied()).isSameAs(ExemptionApplied.LOW_VALUE);
		assertThat(session.getFlowType()).isSameAs(FlowType.CHALLENGED);
		assertThat(session.getOptimization().getOptimizedProperties()).extracting(OptimizedProperty::getField)
			.containsExactly("amount");
		assertThat(session.getSchemeInfo().getName()).isSameAs(SessionScheme.VISA);
		assertThat(session.getThreeDs().getChallengeRequest()).isEqualTo("creq");
		assertThat(session.getThreeDs().getInteractionCounter()).isEqualTo("03");
		assertThat(session.getExperience()).isSameAs(Experience.THREE_DS);
		assertThat(session.getGoogleSpa().getChallengeUrl()).isEqualTo("https://google.example/challenge");
		assertThat(session.getLinks()).containsOnlyKeys("self");
		assertThat(session.getSelfLink()).get()
			.extracting(Link::getHref)
			.isEqualTo("https://api.checkout.com/sessions/sid_y3oqhf46pyzuxjbcn2giaqnb44");
		assertThat(session.getLink("redirect_url")).isEmpty();
		assertThat(session.hasLink("self")).isTrue();
		assertThat(session.getAdditionalProperties()).isEmpty();
	}

	@Test
	void nonStandardPreferredExperienceKeyIsKeptBesideTheTypedOne() {
		PreferredExperiences experiences = parse(ALL_FIELDS, GetSessionResponse.class).getPreferredExperiences();

		assertThat(experiences.getGoogleSpa().getStatus()).isSameAs(ExperienceStatus.AVAILABLE);
		assertThat(experiences.getThreeDs()).isNull();
		assertThat(experiences.getAdditionalProperties()).containsOnlyKeys("threeds");

		PreferredExperiences standard = MAPPER.readValue("{\"3ds\":{\"status\":\"processed\",\"reason\":[\"a\"]}}",
				PreferredExperiences.class);
		assertThat(standard.getThreeDs().getStatus()).isSameAs(ExperienceStatus.PROCESSED);
		assertThat(standard.getThreeDs().getReason()).containsExactly("a");
	}

	@Test
	void pendingSessionExposesActionsAndLinks() {
		GetSessionResponse session = parse("post-sessions-202-pending.json", GetSessionResponse.class);

		assertThat(session.getStatus()).isSameAs(SessionStatus.PENDING);
		assertThat(session.getNextActions()).containsExactly(NextAction.COLLECT_CHANNEL_DATA,
				NextAction.ISSUER_FINGERPRINT);
		assertThat(session.getLink("three_ds_method_url")).get()
			.extracting(Link::getHref)
			.isEqualTo("https://3ds2-sandbox.ckotech.co/simulator/acs/3ds-method");
		assertThat(session.getCard().getMetadata().getCardType()).isNull();
	}

	@Test
	void unknownValuesAndFieldsAreKept() {
		String json = """
				{"id":"sid_x","status":"new_state","next_actions":["complete","new_action"],
				 "scheme":"new_scheme","brand_new":{"nested":[1,2]},"_links":{"self":{"href":"h","rel":"r"}},
				 "acs":{"interface":"voice","challenge_mandated":false,"extra":"kept"}}
				""";

		GetSessionResponse session = MAPPER.readValue(json, GetSessionResponse.class);

		assertThat(session.getStatus().value()).isEqualTo("new_state");
		assertThat(session.getStatus().isKnown()).isFalse();
		assertThat(session.isFinal()).isFalse();
		assertThat(session.getNextActions()).extracting(NextAction::value).containsExactly("complete", "new_action");
		assertThat(session.getNextActions().get(0)).isSameAs(NextAction.COMPLETE);
		assertThat(session.getScheme()).isEqualTo(SessionScheme.of("new_scheme"));
		assertThat(session.getAcs().getSessionInterface().toString()).isEqualTo("voice");
		assertThat(session.getAdditionalProperties()).containsOnlyKeys("brand_new");
		assertThat(session.getSelfLink().get().getAdditionalProperties()).containsEntry("rel", "r");
		assertThat(toTree(session)).isEqualTo(MAPPER.readTree(json));
	}

	@Test
	void absentCollectionsAreEmptyAndReadOnly() {
		GetSessionResponse session = MAPPER.readValue("{\"id\":\"sid_x\"}", GetSessionResponse.class);

		assertThat(session.getNextActions()).isEmpty();
		assertThat(session.getLinks()).isEmpty();
		assertThat(session.getSelfLink()).isEmpty();
		assertThat(toTree(session)).isEqualTo(MAPPER.readTree("{\"id\":\"sid_x\"}"));

		GetSessionResponse full = parse(ALL_FIELDS, GetSessionResponse.class);
		List<NextAction> actions = full.getNextActions();
		Map<String, Link> links = full.getLinks();
		assertThatThrownBy(() -> actions.add(NextAction.COMPLETE)).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(links::clear).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> full.getAdditionalProperties().put("x", 1))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void sessionResponseTellsCreatedFromAccepted() {
		GetSessionResponse body = parse("post-sessions-202-pending.json", GetSessionResponse.class);

		SessionResponse accepted = SessionResponse.of(202, body, "req-1");
		assertThat(accepted.isAccepted()).isTrue();
		assertThat(accepted.isCreated()).isFalse();
		assertThat(accepted.getAccepted()).isSameAs(body);
		assertThat(accepted.getCreated()).isNull();
		assertThat(accepted.getRequestId()).isEqualTo("req-1");
		assertThat(accepted.getHttpStatusCode()).isEqualTo(202);

		SessionResponse created = SessionResponse.of(201, body, null);
		assertThat(created.isCreated()).isTrue();
		assertThat(created.getCreated()).isSameAs(body);
		assertThat(created.getAccepted()).isNull();
		assertThat(created.getSession()).isSameAs(body);

		assertThatThrownBy(() -> SessionResponse.of(404, body, null)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("httpStatusCode");
		assertThatThrownBy(() -> SessionResponse.of(201, null, null)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("session");
	}

}
