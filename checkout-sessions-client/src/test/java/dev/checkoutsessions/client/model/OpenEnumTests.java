package dev.checkoutsessions.client.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Stream;

import static dev.checkoutsessions.client.model.Fixtures.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class OpenEnumTests {

	/**
	 * Expected counts are the values the Sessions API documents for each field, not those
	 * of the official SDK.
	 */
	static Stream<Arguments> enums() {
		return Stream.of(arguments(SessionStatus.class, 10), arguments(NextAction.class, 6),
				arguments(AuthenticationType.class, 5), arguments(Category.class, 2),
				arguments(ChallengeIndicator.class, 9), arguments(TransactionType.class, 6),
				arguments(SessionScheme.class, 8), arguments(SessionSourceType.class, 4),
				arguments(ChannelType.class, 3), arguments(ThreeDsMethodCompletion.class, 3),
				arguments(SdkInterfaceType.class, 3), arguments(UIElement.class, 5), arguments(CompletionType.class, 2),
				arguments(StatusReason.class, 9), arguments(ResponseCode.class, 8),
				arguments(ChallengeCancelReason.class, 6), arguments(SessionInterface.class, 2),
				arguments(AuthenticationMethod.class, 6), arguments(DeliveryTimeframe.class, 4),
				arguments(ShippingIndicator.class, 7), arguments(FlowType.class, 3),
				arguments(ExemptionApplied.class, 13), arguments(Experience.class, 2),
				arguments(ExperienceStatus.class, 4), arguments(RequestType.class, 11),
				arguments(ReorderItemsIndicator.class, 2), arguments(PreOrderPurchaseIndicator.class, 2),
				arguments(ThreeDsReqAuthMethod.class, 8), arguments(TrustedBeneficiaryStatus.class, 6),
				arguments(AccountAge.class, 5), arguments(ShippingAddressAge.class, 4),
				arguments(CardholderAccountAgeIndicator.class, 5), arguments(AccountChangeIndicator.class, 4),
				arguments(AccountPasswordChangeIndicator.class, 5), arguments(AccountType.class, 3),
				arguments(InitialAuthenticationMethod.class, 4), arguments(CardType.class, 5),
				arguments(CardCategory.class, 2), arguments(Currency.class, 37));
	}

	@ParameterizedTest
	@MethodSource("enums")
	void everyKnownValueRoundTripsToItsCanonicalConstant(Class<? extends OpenEnum> type, int expectedCount)
			throws ReflectiveOperationException {
		List<?> values = (List<?>) type.getMethod("values").invoke(null);
		Method of = type.getMethod("of", String.class);

		assertThat(values).hasSize(expectedCount).doesNotHaveDuplicates();
		for (Object constant : values) {
			OpenEnum value = (OpenEnum) constant;
			assertThat(value.isKnown()).isTrue();
			assertThat(of.invoke(null, value.value())).isSameAs(value);
			String json = MAPPER.writeValueAsString(value);
			assertThat(json).isEqualTo("\"" + value.value() + "\"");
			assertThat(MAPPER.readValue(json, type)).isSameAs(value);
		}
	}

	@ParameterizedTest
	@MethodSource("enums")
	void nullOrBlankIsRejectedNamingTheParameter(Class<? extends OpenEnum> type, int ignored)
			throws ReflectiveOperationException {
		Method of = type.getMethod("of", String.class);

		for (String invalid : new String[] { null, "", "  " }) {
			assertThatThrownBy(() -> invoke(of, invalid)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("value");
		}
	}

	@ParameterizedTest
	@MethodSource("enums")
	void javaSerializationGivesBackTheCanonicalConstant(Class<? extends OpenEnum> type, int ignored) throws Exception {
		List<?> values = (List<?>) type.getMethod("values").invoke(null);

		for (Object constant : values) {
			assertThat(serializedAndBack(constant)).isSameAs(constant);
		}
		OpenEnum unknown = (OpenEnum) type.getMethod("of", String.class).invoke(null, "not_yet_known");
		assertThat(serializedAndBack(unknown)).isEqualTo(unknown).matches((value) -> !((OpenEnum) value).isKnown());
	}

	private static Object serializedAndBack(Object value) throws IOException, ClassNotFoundException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			return in.readObject();
		}
	}

	@Test
	void unknownValueKeepsItsRawText() {
		SessionStatus status = SessionStatus.of("new_state");

		assertThat(status.toString()).isEqualTo("new_state");
		assertThat(status.value()).isEqualTo("new_state");
		assertThat(status.isKnown()).isFalse();
		assertThat(status.isFinal()).isFalse();
		assertThat(status).isEqualTo(SessionStatus.of("new_state")).hasSameHashCodeAs(SessionStatus.of("new_state"));
		assertThat(status).isNotEqualTo(NextAction.of("new_state"));
		assertThat(SessionStatus.values()).doesNotContain(status);
		assertThat(MAPPER.writeValueAsString(status)).isEqualTo("\"new_state\"");
		assertThat(MAPPER.readValue("\"new_state\"", SessionStatus.class)).isEqualTo(status);
	}

	@Test
	void finalStatusesMatchTheStateMachine() {
		assertThat(SessionStatus.values()).filteredOn(SessionStatus::isFinal)
			.containsExactlyInAnyOrder(SessionStatus.APPROVED, SessionStatus.ATTEMPTED, SessionStatus.UNAVAILABLE,
					SessionStatus.DECLINED, SessionStatus.REJECTED, SessionStatus.CHALLENGE_ABANDONED,
					SessionStatus.EXPIRED);
	}

	@Test
	void wireSpellingsThatAreNotJavaIdentifiers() {
		assertThat(Experience.THREE_DS.value()).isEqualTo("3ds");
		assertThat(ExemptionApplied.THREE_DS_OUTAGE.value()).isEqualTo("3ds_outage");
		assertThat(CardType.DEFERRED_DEBIT.value()).isEqualTo("DEFERRED DEBIT");
		assertThat(TransactionType.QUASI_CARD_TRANSACTION.value()).isEqualTo("quasi_card_transaction");
		assertThat(TransactionType.of("quashi_card_transaction")).isSameAs(TransactionType.QUASHI_CARD_TRANSACTION)
			.matches(OpenEnum::isKnown);
	}

	@Test
	void currencyAcceptsAnyCode() {
		assertThat(Currency.of("USD")).isSameAs(Currency.USD);
		assertThat(Currency.of("XOF").value()).isEqualTo("XOF");
		assertThat(Currency.of("XOF").isKnown()).isFalse();
	}

	private static Object invoke(Method method, String argument) throws Throwable {
		try {
			return method.invoke(null, argument);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

}
