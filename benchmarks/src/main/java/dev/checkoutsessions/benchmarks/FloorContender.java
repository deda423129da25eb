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

/**
 * The floor: the fastest client (Apache HttpClient 5 classic, stripped of compression, cookies, retries
 * and redirects) sending pre-serialized bytes and returning the body as bytes, with no JSON binding, no
 * token cache and no observation. Nothing a real client does can cost less over this transport.
 */
final class FloorContender implements Contender {

	private static final byte[] BODY = Fixtures.bytes(Fixtures.REQUEST);

	private final CloseableHttpClient client;

	private final String sessionsUrl;

	private final String detailsUrl;

	private final String authorization;

	FloorContender(String baseUrl) throws Exception {
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
		tokenRequest.setEntity(new StringEntity("grant_type=client_credentials&client_id=ack_benchmark"
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
		post.setEntity(new ByteArrayEntity(BODY, ContentType.APPLICATION_JSON));
		return this.client.execute(post, (response) -> body(response, 201));
	}

	@Override
	public Object getSessionDetails() throws Exception {
		HttpGet get = new HttpGet(this.detailsUrl);
		get.setHeader("Authorization", this.authorization);
		get.setHeader("Accept", "application/json");
		return this.client.execute(get, (response) -> body(response, 200));
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
		return field(new String((byte[]) answer, StandardCharsets.UTF_8), "id");
	}

	/** The string value of a top-level field, found by text search (tests only: the floor binds nothing). */
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
