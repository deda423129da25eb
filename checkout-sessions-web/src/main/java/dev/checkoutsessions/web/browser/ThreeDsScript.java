package dev.checkoutsessions.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The browser script {@code /checkout-sessions/3ds.js}, versioned by its content:
 * {@link #getPath()} carries {@code ?v=} the first 12 hex digits of its SHA-256, so a
 * page that links it that way is cached for a year and still gets a new script the moment
 * the starter ships one. Put it in a template:
 * {@code <script th:src="@{${checkoutSessions3ds.path}}"></script>}.
 *
 * @since 0.1.0
 */
public final class ThreeDsScript {

	/** Where the script is served. */
	public static final String PATH = "/checkout-sessions/3ds.js";

	private static final String RESOURCE = "/dev/checkoutsessions/web/browser/3ds.js";

	private final byte[] content;

	private final String version;

	private final String methodNotificationPath;

	private final String challengeNotificationPath;

	ThreeDsScript(String methodNotificationPath, String challengeNotificationPath) {
		try (InputStream in = ThreeDsScript.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from checkout-sessions-web");
			}
			this.content = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.version = HexFormat.of().formatHex(sha256(this.content)).substring(0, 12);
		this.methodNotificationPath = methodNotificationPath;
		this.challengeNotificationPath = challengeNotificationPath;
	}

	/**
	 * {@return the script's version: the start of its SHA-256}
	 */
	public String getVersion() {
		return this.version;
	}

	/**
	 * {@return the path to link, with the version: {@code /checkout-sessions/3ds.js?v=…}}
	 */
	public String getPath() {
		return PATH + "?v=" + this.version;
	}

	/**
	 * {@return the path of the 3DS Method notification page (relative to the context
	 * path)}
	 */
	public String getMethodNotificationPath() {
		return this.methodNotificationPath;
	}

	/**
	 * {@return the path of the challenge notification page (relative to the context
	 * path)} Use it, with your public origin, as the session's
	 * {@code challenge_notification_url}.
	 */
	public String getChallengeNotificationPath() {
		return this.challengeNotificationPath;
	}

	byte[] content() {
		return this.content.clone();
	}

	String text() {
		return new String(this.content, StandardCharsets.UTF_8);
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
