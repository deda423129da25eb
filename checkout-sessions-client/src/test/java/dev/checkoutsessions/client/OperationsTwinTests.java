package dev.checkoutsessions.client;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the compiler cannot check when an operation is added: that the blocking and the
 * asynchronous views offer the same operations, and that every operation has its wire
 * facts.
 */
class OperationsTwinTests {

	/**
	 * Methods that return another view of the client or release it rather than call the
	 * API.
	 */
	private static final List<String> VIEW_SWITCHES = List.of("withSessionSecret", "async", "close");

	@Test
	void everyBlockingOperationHasAnAsynchronousTwin() {
		assertTwins(SessionOperations.class, AsyncSessionOperations.class);
		assertTwins(SessionsClient.class, AsyncSessionsClient.class);
		assertTwins(SessionSecretOperations.class, AsyncSessionSecretOperations.class);
	}

	@Test
	void everyOperationHasAMethodAPathAndATagOfItsOwn() {
		assertThat(SessionsOperation.values()).allSatisfy((operation) -> {
			assertThat(operation.httpMethod()).isIn("GET", "POST", "PUT");
			assertThat(operation.uriTemplate()).startsWith("/sessions");
			assertThat(operation.tagValue()).isEqualTo(operation.name().toLowerCase(java.util.Locale.ROOT));
		});
		assertThat(Arrays.stream(SessionsOperation.values())
			.map((operation) -> operation.httpMethod() + " " + operation.uriTemplate())).doesNotHaveDuplicates();
	}

	private static void assertTwins(Class<?> blocking, Class<?> async) {
		List<Method> operations = Arrays.stream(blocking.getMethods())
			.filter((method) -> !Modifier.isStatic(method.getModifiers()) && !VIEW_SWITCHES.contains(method.getName()))
			.toList();
		assertThat(operations).isNotEmpty().allSatisfy((method) -> {
			Method twin = async.getMethod(method.getName(), method.getParameterTypes());
			assertThat(twin.getReturnType()).as("%s returns a CompletableFuture", twin)
				.isEqualTo(CompletableFuture.class);
			Type result = ((ParameterizedType) twin.getGenericReturnType()).getActualTypeArguments()[0];
			Class<?> expected = (method.getReturnType() == void.class) ? Void.class : method.getReturnType();
			assertThat(result).as("%s completes with what %s returns", twin, method).isEqualTo(expected);
		});
	}

}
