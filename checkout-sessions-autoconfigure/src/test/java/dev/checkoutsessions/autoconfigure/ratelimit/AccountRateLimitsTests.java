package dev.checkoutsessions.autoconfigure.ratelimit;

import java.lang.ref.Reference;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.RateLimiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code checkout.rate-limit.store=local} with several accounts: Checkout.com counts per
 * account, so each account gets its own budget, and every limiter of one account shares
 * it.
 */
class AccountRateLimitsTests {

	static final int BUDGET = 50;

	static final ClientSettings.RateLimit FIFTY_WRITES = ClientSettings.RateLimit.defaults().withBudgets(100, BUDGET);

	static final Duration RUN = Duration.ofSeconds(3);

	/** How far a measured rate may be from the budget. */
	static final double TOLERANCE = 0.15;

	private final LocalRateLimiters limiters = new LocalRateLimiters();

	@Test
	void twoAccountsOfFiftyWritesPerSecondPushedAsHardAsPossibleEachGetFiftyPerSecond() throws Exception {
		RateLimiter first = this.limiters.forAccount("aaaa1111", "ack_first", FIFTY_WRITES);
		RateLimiter second = this.limiters.forAccount("bbbb2222", "ack_second", FIFTY_WRITES);

		List<Double> rates = PermitRates.drive(List.of(first, second), 4, RUN);

		System.out.println("Local store, two accounts of " + BUDGET + " writes/s, 4 threads each for " + RUN + ": "
				+ rates + " permits/s");
		assertThat(rates).allSatisfy((rate) -> assertThat(rate).isCloseTo(BUDGET, within(BUDGET * TOLERANCE)));
	}

	@Test
	void oneAccountHasOneLimiterHoweverItIsAskedFor() {
		RateLimiter bySubdomain = this.limiters.forAccount("cccc3333", "ack_one", FIFTY_WRITES);

		assertThat(this.limiters.forAccount("CCCC3333 ", "ack_another_credential_of_it", FIFTY_WRITES))
			.isSameAs(bySubdomain);
		String clientId = "ack_" + UUID.randomUUID();
		RateLimiter byClientId = this.limiters.forAccount(null, clientId, FIFTY_WRITES);
		assertThat(this.limiters.forAccount(" ", clientId, FIFTY_WRITES)).isSameAs(byClientId);
		RateLimiter another = this.limiters.forAccount(null, clientId + "x", FIFTY_WRITES);
		assertThat(another).isNotSameAs(byClientId);
		assertThat(this.limiters.size()).isEqualTo(3);
		// Held until here, as clients hold them: a limiter no client holds is let go.
		Reference.reachabilityFence(List.of(bySubdomain, byClientId, another));
	}

	@Test
	void theLimitersOfAccountsNoClientHoldsAreLetGo() {
		RateLimiter held = this.limiters.forAccount("hhhh8888", "ack_held", FIFTY_WRITES);
		for (int i = 0; i < 5_000; i++) {
			this.limiters.forAccount(null, "ack_merchant_" + i, FIFTY_WRITES);
		}

		LimitersLetGo.await(this.limiters::size);

		assertThat(this.limiters.forAccount("hhhh8888", "ack_another_credential", FIFTY_WRITES)).isSameAs(held);
	}

	@Test
	void anAccountBuiltAgainKeepsItsBucketsAndItsFirstBudget() throws Exception {
		RateLimiter limiter = this.limiters.forAccount("dddd4444", "ack_d",
				ClientSettings.RateLimit.defaults().withBudgets(10, 10));
		while (limiter.tryAcquire(RateLimiter.Kind.WRITE, Duration.ZERO)) {
			// Empties the burst.
		}

		RateLimiter again = this.limiters.forAccount("dddd4444", "ack_d", FIFTY_WRITES);

		assertThat(again).isSameAs(limiter);
		assertThat(again.tryAcquire(RateLimiter.Kind.WRITE, Duration.ZERO)).as("the emptied bucket").isFalse();
		assertThat(again.describe()).containsEntry("writesPerSecond", 10);
	}

	@Test
	void identityIsTheSubdomainOrAHashOfTheClientIdNeverTheIdItself() {
		assertThat(AccountIdentity.of(" AbCd1234 ", "ack_x")).isEqualTo("abcd1234");
		String identity = AccountIdentity.of(null, "ack_secretish");
		assertThat(identity).matches("client-[0-9a-f]{16}").doesNotContain("secretish");
		assertThat(AccountIdentity.of("", "ack_secretish")).isEqualTo(identity);
	}

}
