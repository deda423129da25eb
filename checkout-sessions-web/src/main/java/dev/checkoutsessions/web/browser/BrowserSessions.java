package dev.checkoutsessions.web.browser;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletion;

/**
 * Builds browser channel data ({@code PUT /sessions/{id}/collect-data}) from what the
 * page's script sent and what only the server knows.
 * <p>
 * {@code ip_address} is the request's remote address: behind a proxy, set Spring Boot's
 * {@code server.forward-headers-strategy} ({@code native} for the server's own support,
 * or {@code framework} for Spring's {@code ForwardedHeaderFilter} or
 * {@code ForwardedHeaderTransformer}) and the remote address becomes the client's, for
 * proxies you trust. A raw {@code X-Forwarded-For} header is never read here: any browser
 * can send one.
 *
 * @since 0.1.0
 */
public final class BrowserSessions {

	private static final int MAX_HEADER = 2048;

	private static final int MAX_IP = 45;

	private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

	private static final Pattern COLOR_DEPTH = Pattern.compile("\\d{1,2}");

	private static final Pattern SCREEN = Pattern.compile("\\d{1,6}");

	private static final Pattern TIMEZONE = Pattern.compile("[+-]?\\d{1,4}");

	private static final Pattern METHOD_COMPLETION = Pattern.compile("[YNU]");

	private BrowserSessions() {
	}

	/**
	 * The browser channel data of the shopper whose browser made {@code request}.
	 * @param request the browser's request to your endpoint (its remote address,
	 * {@code Accept} and {@code User-Agent} are used)
	 * @param fields what the page's script sent
	 * @return the channel data to send with {@code updateSession}
	 * @throws IllegalArgumentException naming the field when a value is missing or out of
	 * the API's bounds
	 */
	public static BrowserSession from(HttpServletRequest request, BrowserFields fields) {
		if (request == null) {
			throw new IllegalArgumentException("request must not be null");
		}
		return from(request::getHeader, request.getRemoteAddr(), fields);
	}

	/**
	 * The browser channel data of the shopper whose browser made {@code request}, in a
	 * WebFlux application. Not an overload of {@code from}: choosing between overloads
	 * makes javac load {@code HttpServletRequest}, which a WebFlux application does not
	 * have.
	 * @param request the browser's request to your endpoint (its remote address,
	 * {@code Accept} and {@code User-Agent} are used)
	 * @param fields what the page's script sent
	 * @return the channel data to send with {@code updateSession}
	 * @throws IllegalArgumentException naming the field when a value is missing or out of
	 * the API's bounds
	 */
	public static BrowserSession fromWebFlux(ServerHttpRequest request, BrowserFields fields) {
		if (request == null) {
			throw new IllegalArgumentException("request must not be null");
		}
		InetSocketAddress remote = request.getRemoteAddress();
		InetAddress address = (remote != null) ? remote.getAddress() : null;
		return from(request.getHeaders()::getFirst, (address != null) ? address.getHostAddress() : null, fields);
	}

	private static BrowserSession from(Function<String, @Nullable String> headers, @Nullable String remoteAddress,
			BrowserFields fields) {
		if (fields == null) {
			throw new IllegalArgumentException("browser fields must not be null: post them from the page's script");
		}
		String completion = (fields.threeDsMethodCompletion() != null) ? fields.threeDsMethodCompletion() : "U";
		return BrowserSession.builder()
			.acceptHeader(header(headers, HttpHeaders.ACCEPT, "accept_header"))
			.userAgent(header(headers, HttpHeaders.USER_AGENT, "user_agent"))
			.ipAddress(ipAddress(remoteAddress))
			.javaEnabled(required(fields.javaEnabled(), "java_enabled"))
			.javascriptEnabled((fields.javascriptEnabled() != null) ? fields.javascriptEnabled() : Boolean.TRUE)
			.language(matching(fields.language(), "language", LANGUAGE, 12, "a BCP 47 tag such as en-GB"))
			.colorDepth(matching(fields.colorDepth(), "color_depth", COLOR_DEPTH, 2, "1-2 digits (screen.colorDepth)"))
			.screenHeight(matching(fields.screenHeight(), "screen_height", SCREEN, 6, "1-6 digits (screen.height)"))
			.screenWidth(matching(fields.screenWidth(), "screen_width", SCREEN, 6, "1-6 digits (screen.width)"))
			.timezone(matching(fields.timezone(), "timezone", TIMEZONE, 5,
					"minutes UTC minus local, e.g. -60 (new Date().getTimezoneOffset())"))
			.threeDsMethodCompletion(ThreeDsMethodCompletion
				.of(matching(completion, "three_ds_method_completion", METHOD_COMPLETION, 1, "Y, N or U")))
			.build();
	}

	private static String header(Function<String, @Nullable String> headers, String name, String field) {
		String value = headers.apply(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " is missing: the request has no " + name + " header");
		}
		if (value.length() > MAX_HEADER) {
			throw new IllegalArgumentException(
					field + " is " + value.length() + " characters long; the API takes at most " + MAX_HEADER);
		}
		return value;
	}

	private static String ipAddress(@Nullable String address) {
		if (address == null || address.isBlank() || address.length() > MAX_IP) {
			throw new IllegalArgumentException("ip_address: the request has no usable remote address; behind a "
					+ "proxy set server.forward-headers-strategy");
		}
		return address;
	}

	private static Boolean required(@Nullable Boolean value, String field) {
		if (value == null) {
			throw new IllegalArgumentException(field + " is missing: send true or false");
		}
		return value;
	}

	private static String matching(@Nullable String value, String field, Pattern pattern, int maxLength,
			String expected) {
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException(field + " is missing: send " + expected);
		}
		if (value.length() > maxLength || !pattern.matcher(value).matches()) {
			throw new IllegalArgumentException(field + " must be " + expected + ", got '" + shorten(value) + "'");
		}
		return value;
	}

	/**
	 * Echoes at most a few characters of bad input: enough to spot the mistake, not a
	 * log-injection channel.
	 */
	private static String shorten(String value) {
		String printable = value.replaceAll("[^\\x20-\\x7E]", "?");
		return (printable.length() > 16) ? printable.substring(0, 16) + "…" : printable;
	}

}
