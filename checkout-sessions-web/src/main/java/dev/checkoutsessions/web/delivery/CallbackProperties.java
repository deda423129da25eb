package dev.checkoutsessions.web.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The completion callback receiver ({@code checkout.callback.*}).
 *
 * @since 0.1.0
 */
@ConfigurationProperties("checkout.callback")
public class CallbackProperties {

	/**
	 * Whether to answer the completion callback Checkout.com posts to a session's
	 * callback_url.
	 */
	private boolean enabled;

	/**
	 * Path of the callback receiver; use it (with your public host) as the callback_url
	 * of your sessions.
	 */
	private String path = "/checkout/sessions/callback";

	/** Largest callback body accepted; larger ones get 413 without being read further. */
	private DataSize maxBodySize = DataSize.ofKilobytes(64);

	/**
	 * How long a callback waits for the session re-read before answering 202 anyway (a
	 * 404 needs the read).
	 */
	private Duration answerWithin = Duration.ofSeconds(2);

	/** Threads that re-read sessions and run SessionCompletedEvent listeners. */
	private int threads = 4;

	/** Callbacks waiting for a thread beyond which new ones get 503 with Retry-After. */
	private int queueCapacity = 200;

	/**
	 * Background reads of a callback already answered 202 whose read failed, a doubling
	 * pause apart, before it is counted in checkout.callbacks.failed and logged.
	 */
	private int readAttempts = 5;

	/** Pause before the first background read of a callback whose read failed. */
	private Duration readRetryDelay = Duration.ofSeconds(1);

	/**
	 * Reads per minute for callbacks naming sessions this application did not create
	 * (through SessionsClient.requestSession); beyond it they get 503 unread, so forged
	 * ids cannot spend the account's read budget.
	 */
	private int unknownSessionReadsPerMinute = 30;

	public int getReadAttempts() {
		return this.readAttempts;
	}

	public void setReadAttempts(int readAttempts) {
		this.readAttempts = readAttempts;
	}

	public Duration getReadRetryDelay() {
		return this.readRetryDelay;
	}

	public void setReadRetryDelay(Duration readRetryDelay) {
		this.readRetryDelay = readRetryDelay;
	}

	public int getUnknownSessionReadsPerMinute() {
		return this.unknownSessionReadsPerMinute;
	}

	public void setUnknownSessionReadsPerMinute(int unknownSessionReadsPerMinute) {
		this.unknownSessionReadsPerMinute = unknownSessionReadsPerMinute;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	public Duration getAnswerWithin() {
		return this.answerWithin;
	}

	public void setAnswerWithin(Duration answerWithin) {
		this.answerWithin = answerWithin;
	}

	public int getThreads() {
		return this.threads;
	}

	public void setThreads(int threads) {
		this.threads = threads;
	}

	public int getQueueCapacity() {
		return this.queueCapacity;
	}

	public void setQueueCapacity(int queueCapacity) {
		this.queueCapacity = queueCapacity;
	}

}
