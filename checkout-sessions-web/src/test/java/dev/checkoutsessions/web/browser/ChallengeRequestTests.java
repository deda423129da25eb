package dev.checkoutsessions.web.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChallengeRequestTests {

	@ParameterizedTest
	@CsvSource({ "01, 250, 400, false", "02, 390, 400, false", "03, 500, 600, false", "04, 600, 400, false",
			"05, 0, 0, true" })
	void decodesEachEmvcoWindowSize(String code, int width, int height, boolean fullScreen) {
		ChallengeRequest creq = ChallengeRequest.decode(Sessions.creq(code));

		assertThat(creq.windowSize().code()).isEqualTo(code);
		assertThat(creq.windowSize().width()).isEqualTo(width);
		assertThat(creq.windowSize().height()).isEqualTo(height);
		assertThat(creq.windowSize().isFullScreen()).isEqualTo(fullScreen);
		assertThat(creq.threeDsServerTransactionId()).isEqualTo("8a1c2d3e-0000-4000-8000-000000000001");
		assertThat(creq.acsTransactionId()).isEqualTo("acs-1");
		assertThat(creq.messageVersion()).isEqualTo("2.2.0");
		assertThat(creq.encoded()).isEqualTo(Sessions.creq(code));
	}

	@Test
	void aCreqWithoutWindowSizeIsShownFullScreen() {
		assertThat(ChallengeRequest.decode(Sessions.creq(null)).windowSize())
			.isEqualTo(ChallengeWindowSize.FULL_SCREEN);
	}

	@Test
	void paddedBase64urlIsAccepted() {
		String padded = Sessions.creq("02") + "==";
		assertThat(ChallengeRequest.decode(padded).windowSize()).isEqualTo(ChallengeWindowSize.SIZE_390_X_400);
	}

	@Test
	void anUnknownWindowSizeIsRefusedWithTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChallengeRequest.decode(Sessions.creq("07")))
			.withMessageContaining("3ds.challenge_request")
			.withMessageContaining("'07'")
			.withMessageContaining("01 (250x400)");
	}

	@Test
	void textThatIsNotBase64JsonIsRefusedNamingTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChallengeRequest.decode("not base64!"))
			.withMessageStartingWith("3ds.challenge_request is not base64url-encoded JSON");
		assertThatIllegalArgumentException().isThrownBy(() -> ChallengeRequest.decode("WzFd"))
			.withMessageContaining("not a JSON object");
		assertThatIllegalArgumentException().isThrownBy(() -> ChallengeRequest.decode(" "))
			.withMessageContaining("missing");
	}

	@Test
	void readsTheCreqOfAChallengedSession() {
		assertThat(ChallengeRequest.of(Sessions
			.read("{'id':'" + Sessions.ID + "','3ds':{'challenge_request':'" + Sessions.creq("04") + "'}}")))
			.map(ChallengeRequest::windowSize)
			.contains(ChallengeWindowSize.SIZE_600_X_400);
		assertThat(ChallengeRequest.of(Sessions.read("{'id':'" + Sessions.ID + "'}"))).isEmpty();
	}

}
