package dev.checkoutsessions.autoconfigure.health;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CheckoutReadinessHealthEndpointGroupsPostProcessor}: only the
 * readiness group changes, and in it only the checkout component's own status is
 * translated.
 */
class CheckoutReadinessHealthEndpointGroupsPostProcessorTests {

	private final Group primary = new Group(Set.of("checkout", "db", "readinessState"));

	private final Group readiness = new Group(Set.of("readinessState"));

	private final Group liveness = new Group(Set.of("livenessState"));

	private final HealthEndpointGroups groups = new CheckoutReadinessHealthEndpointGroupsPostProcessor()
		.postProcessHealthEndpointGroups(
				HealthEndpointGroups.of(this.primary, Map.of("readiness", this.readiness, "liveness", this.liveness)));

	@Test
	void readinessGainsTheCheckoutComponentAndCountsItsOutageAsDown() {
		HealthEndpointGroup group = this.groups.get("readiness");
		assertThat(group.isMember("readinessState")).isTrue();
		assertThat(group.isMember("checkout")).isTrue();
		assertThat(group.isMember("checkout/secondClient")).isTrue();
		assertThat(group.isMember("checkoutLike")).isFalse();
		assertThat(group.getStatusAggregator()
			.getAggregateStatus(Set.of(Status.UP, CheckoutHealthIndicator.CHECKOUT_DOWN))).isEqualTo(Status.DOWN);
		assertThat(group.getStatusAggregator().getAggregateStatus(Set.of(Status.UP, Status.UNKNOWN)))
			.isEqualTo(Status.UP);
		assertThat(group.getHttpCodeStatusMapper().getStatusCode(Status.DOWN)).isEqualTo(503);
	}

	@Test
	void everyOtherGroupIsReturnedAsItIs() {
		assertThat(this.groups.getPrimary()).isSameAs(this.primary);
		assertThat(this.groups.get("liveness")).isSameAs(this.liveness);
		assertThat(this.groups.getNames()).containsExactlyInAnyOrder("readiness", "liveness");
		// The application's own aggregation still ignores the checkout status.
		assertThat(this.primary.getStatusAggregator()
			.getAggregateStatus(Set.of(Status.UP, CheckoutHealthIndicator.CHECKOUT_DOWN))).isEqualTo(Status.UP);
	}

	@Test
	void withoutAReadinessGroupThereIsNoneToExtend() {
		HealthEndpointGroups withoutProbes = new CheckoutReadinessHealthEndpointGroupsPostProcessor()
			.postProcessHealthEndpointGroups(HealthEndpointGroups.of(this.primary, Map.of()));
		assertThat(withoutProbes.get("readiness")).isNull();
	}

	private record Group(Set<String> members) implements HealthEndpointGroup {

		@Override
		public boolean isMember(String name) {
			return this.members.contains(name);
		}

		@Override
		public boolean showComponents(SecurityContext securityContext) {
			return true;
		}

		@Override
		public boolean showDetails(SecurityContext securityContext) {
			return true;
		}

		@Override
		public StatusAggregator getStatusAggregator() {
			return StatusAggregator.getDefault();
		}

		@Override
		public HttpCodeStatusMapper getHttpCodeStatusMapper() {
			return HttpCodeStatusMapper.DEFAULT;
		}

		@Override
		public @Nullable AdditionalHealthEndpointPath getAdditionalPath() {
			return null;
		}

	}

}
