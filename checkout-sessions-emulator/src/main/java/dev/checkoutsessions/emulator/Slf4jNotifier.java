package dev.checkoutsessions.emulator;

import com.github.tomakehurst.wiremock.common.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes WireMock's own messages to the application's SLF4J (the standalone jar shades
 * its copy, so they would otherwise vanish). Request logging is switched off elsewhere:
 * bodies carry card numbers and secrets.
 */
final class Slf4jNotifier implements Notifier {

	private static final Logger logger = LoggerFactory.getLogger("dev.checkoutsessions.emulator.WireMock");

	@Override
	public void info(String message) {
		logger.debug(message);
	}

	@Override
	public void error(String message) {
		logger.warn(message);
	}

	@Override
	public void error(String message, Throwable cause) {
		logger.warn(message, cause);
	}

}
