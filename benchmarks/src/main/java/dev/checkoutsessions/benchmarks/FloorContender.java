package dev.checkoutsessions.benchmarks;

import java.nio.charset.StandardCharsets;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.checkoutsessions.client.model.GetSessionResponse;

/**
 * The floor: the fastest client (Apache HttpClient 5 classic, stripped of compression,
 * cookies, retries and redirects) sending pre-serialized bytes and returning the body as
 * bytes, with no JSON binding, no token cache and no observation. Nothing a real client
 * does can cost less over this transport.
 *
 * <p>
 * {@link #withJsonBinding} is the same floor plus what any client that returns objects
 * must do: write our {@code SessionRequest} and read the answer into
 * {@code GetSessionResponse} with a Jackson 3 mapper configured as the client's own. The
 * distance from the floor to it is the price of JSON binding; from it to our client, the
 * price of Spring's RestClient, the token cache, retry and observation.
 */
final class FloorContender implements Contender {

	private static final byte[] BODY = Fixtures.bytes(Fixtures.REQUEST);

	private final CloseableHttpClient client;

	private final String sessionsUrl;

	private final String detailsUrl;

	private final String authorization;

	/** Null for the bare floor. */
	private final @Nullable JsonMapper json;

	/** The bare floor: bytes in, bytes out. */
	FloorContender(String baseUrl) throws Exception {
		this(baseUrl, null);
	}

	/**
	 * The floor with JSON binding, configured as the client's private mapper
	 * ({@code JsonCodec}).
	 */
	static FloorContender withJsonBinding(String baseUrl) throws Exception {
		return new FloorContender(baseUrl,
				JsonMapper.builder()
					.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
					.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
					.build());
	}

	private FloorContender(String baseUrl, @Nullable JsonMapper json) throws Exception {
		this.json = json;
		this.client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(200)
				.setMaxConnPerRoute(200)
				.build())
			.disableAutomaticRetries()
			.disableRedirectHandling()
			.disableContentCompression()
			.disableCookieManagement()
			.disableAuthCaching()
			.build();
		this.sessionsUrl = baseUrl + "/sessions";
		this.detailsUrl = baseUrl + "/sessions/" + Fixtures.SESSION_ID;
		HttpPost tokenRequest = new HttpPost(baseUrl + "/connect/token");
		tokenRequest.setEntity(new StringEntity(
				"grant_type=client_credentials&client_id=ack_benchmark"
						+ "&client_secret=benchmark-secret&scope=sessions%3Aapp+sessions%3Abrowser",
				ContentType.APPLICATION_FORM_URLENCODED));
		String tokenJson = this.client.execute(tokenRequest,
				(response) -> EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
		this.authorization = "Bearer " + field(tokenJson, "access_token");
	}

	@Override
	public Object requestSession() throws Exception {
		HttpPost post = new HttpPost(this.sessionsUrl);
		post.setHeader("Authorization", this.authorization);
		post.setHeader("Accept", "application/json");
		byte[] body = (this.json != null) ? this.json.writeValueAsBytes(OursContender.REQUEST) : BODY;
		post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
		return bound(this.client.execute(post, (response) -> body(response, 201)));
	}

	@Override
	public Object getSessionDetails() throws Exception {
		HttpGet get = new HttpGet(this.detailsUrl);
		get.setHeader("Authorization", this.authorization);
		get.setHeader("Accept", "application/json");
		return bound(this.client.execute(get, (response) -> body(response, 200)));
	}

	private Object bound(byte[] body) {
		return (this.json != null) ? this.json.readValue(body, GetSessionResponse.class) : body;
	}

	private static byte[] body(ClassicHttpResponse response, int expected) throws java.io.IOException {
		byte[] body = EntityUtils.toByteArray(response.getEntity());
		if (response.getCode() != expected) {
			throw new IllegalStateException("HTTP " + response.getCode());
		}
		return body;
	}

	@Override
	public String sessionId(Object answer) {
		if (answer instanceof GetSessionResponse session) {
			return session.getId();
		}
		return field(new String((byte[]) answer, StandardCharsets.UTF_8), "id");
	}

	/**
	 * The string value of a top-level field, found by text search (tests only: the floor
	 * binds nothing).
	 */
	static String field(String json, String name) {
		int key = json.indexOf("\"" + name + "\"");
		int start = json.indexOf('"', json.indexOf(':', key) + 1) + 1;
		return json.substring(start, json.indexOf('"', start));
	}

	@Override
	public void close() throws Exception {
		this.client.close();
	}

}
