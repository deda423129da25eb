package dev.checkoutsessions.client.model;

import org.junit.jupiter.api.Test;

import static dev.checkoutsessions.client.model.Fixtures.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Card metadata values arrive in more than one spelling: the API reference writes
 * {@code CREDIT}, the official SDKs see {@code Credit}, {@code Unknown}, {@code NotSet}
 * and {@code Network Token}. A merchant comparing them must not depend on the case.
 */
class CardMetadataValuesTests {

	@Test
	void cardTypeInAnyCaseIsTheKnownConstant() {
		assertThat(CardType.of("Credit")).isSameAs(CardType.CREDIT);
		assertThat(CardType.of("credit")).isSameAs(CardType.CREDIT);
		assertThat(CardType.of("Deferred Debit")).isSameAs(CardType.DEFERRED_DEBIT);
		assertThat(MAPPER.readValue("\"Credit\"", CardType.class)).isSameAs(CardType.CREDIT);
	}

	@Test
	void unknownCardTypesCompareRegardlessOfCaseAndKeepTheirText() {
		assertThat(CardType.of("Unknown")).isEqualTo(CardType.of("UNKNOWN")).hasSameHashCodeAs(CardType.of("unknown"));
		assertThat(CardType.of("NotSet")).isEqualTo(CardType.of("NOTSET")).hasSameHashCodeAs(CardType.of("notset"));
		assertThat(CardType.of("Network Token")).isEqualTo(CardType.of("NETWORK TOKEN"))
			.hasSameHashCodeAs(CardType.of("network token"));
		assertThat(CardType.of("Network Token").value()).isEqualTo("Network Token");
		assertThat(CardType.of("Network Token").isKnown()).isFalse();
		assertThat(CardType.of("Unknown")).isNotEqualTo(CardType.of("NotSet"));
	}

	@Test
	void cardCategoryInAnyCaseIsTheSameValue() {
		assertThat(CardCategory.of("Consumer")).isSameAs(CardCategory.CONSUMER);
		assertThat(CardCategory.of("Unknown")).isEqualTo(CardCategory.of("UNKNOWN"))
			.hasSameHashCodeAs(CardCategory.of("unknown"));
		assertThat(MAPPER.readValue("\"Commercial\"", CardCategory.class)).isSameAs(CardCategory.COMMERCIAL);
	}

	@Test
	void wireEnumsOtherThanCardMetadataStayExact() {
		assertThat(SessionStatus.of("Approved")).isNotSameAs(SessionStatus.APPROVED)
			.isNotEqualTo(SessionStatus.APPROVED);
	}

}
