package dev.checkoutsessions.client;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.checkoutsessions.client.model.ChannelData;
import dev.checkoutsessions.client.model.CompletionInfo;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.NetworkTokenSource;
import dev.checkoutsessions.client.model.OpenEnum;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up's JSON pass ({@link CallExecutor#exerciseJson()}) writes every subtype a
 * session request can carry and reads every open enum a session can answer with. Jackson
 * builds the serializer of a polymorphic property's subtype when it first meets that
 * subtype: a card source or a non-hosted completion the warm-up never wrote was built
 * during the shopper's first call, the largest part of what the cold-start benchmark
 * found still cold after the warm-up. An open enum registers its constants when first
 * read.
 */
class WarmUpDocumentsTests {

	private final JsonCodec json = new JsonCodec();

	@Test
	void warmUpRequestsCarryEverySourceType() {
		assertThat(written(SessionRequest::getSource))
			.containsExactlyInAnyOrderElementsOf(subtypes(SessionSource.class));
	}

	@Test
	void warmUpRequestsCarryEveryCompletionType() {
		assertThat(written(SessionRequest::getCompletion))
			.containsExactlyInAnyOrderElementsOf(subtypes(CompletionInfo.class));
	}

	@Test
	void warmUpRequestsCarryEveryChannel() {
		assertThat(written(SessionRequest::getChannelData))
			.containsExactlyInAnyOrderElementsOf(subtypes(ChannelData.class));
	}

	@Test
	void warmUpCardAndNetworkTokenAreNoCardNumbers() {
		for (byte[] document : WarmUpDocuments.REQUESTS) {
			SessionSource source = this.json.read(document, SessionRequest.class).getSource();
			if (source instanceof SessionCardSource card) {
				assertThat(card.getNumber()).matches("0+");
			}
			if (source instanceof NetworkTokenSource token) {
				assertThat(token.getToken()).matches("0+");
			}
		}
	}

	@Test
	void warmUpSessionSetsEveryOpenEnumPropertyOfASession() {
		JsonNode session = this.json.readTree(WarmUpDocuments.SESSION);
		List<String> openEnums = new ArrayList<>();
		for (Field field : GetSessionResponse.class.getDeclaredFields()) {
			JsonProperty property = field.getAnnotation(JsonProperty.class);
			if (property != null && isOpenEnum(field)) {
				openEnums.add(property.value());
			}
		}
		assertThat(openEnums).isNotEmpty().allSatisfy((name) -> assertThat(session.has(name)).as(name).isTrue());
		assertThat(this.json.read(WarmUpDocuments.SESSION, GetSessionResponse.class).getStatusReason()).isNotNull();
	}

	/** An open enum, or a list of one ({@code next_actions}). */
	private static boolean isOpenEnum(Field field) {
		if (OpenEnum.class.isAssignableFrom(field.getType())) {
			return true;
		}
		return field.getGenericType() instanceof ParameterizedType list && list.getRawType() == List.class
				&& list.getActualTypeArguments()[0] instanceof Class<?> element
				&& OpenEnum.class.isAssignableFrom(element);
	}

	/** The classes of what the warm-up requests carry where {@code part} points. */
	private Set<Class<?>> written(Function<SessionRequest, Object> part) {
		Set<Class<?>> classes = new HashSet<>();
		for (byte[] document : WarmUpDocuments.REQUESTS) {
			SessionRequest request = this.json.read(document, SessionRequest.class);
			Object value = part.apply(request);
			if (value != null) {
				classes.add(value.getClass());
			}
			// Written as the warm-up writes it, without failing.
			assertThat(this.json.write(request)).isNotEmpty();
		}
		return classes;
	}

	private static Set<Class<?>> subtypes(Class<?> polymorphic) {
		JsonSubTypes subtypes = Objects.requireNonNull(polymorphic.getAnnotation(JsonSubTypes.class));
		Set<Class<?>> classes = new HashSet<>();
		Arrays.stream(subtypes.value()).forEach((subtype) -> classes.add(subtype.value()));
		return classes;
	}

}
