package dev.checkoutsessions.autoconfigure.health;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.AdditionalPathsMapper;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Puts the {@code checkout} component into the {@code readiness} health group, with its
 * {@link CheckoutHealthIndicator#CHECKOUT_DOWN} counted as {@link Status#DOWN} there
 * only: what {@code checkout.health.readiness=true} asks for. The primary group, liveness
 * and every other group are returned as they are, with the application's own aggregation
 * and HTTP mapping.
 * <p>
 * Boot adds its probe groups in a post-processor of the lowest precedence too; this one's
 * auto-configuration runs after Boot's availability probes, so it is applied after them
 * and finds the readiness group they add (or the one the application configured).
 */
@Order(Ordered.LOWEST_PRECEDENCE)
class CheckoutReadinessHealthEndpointGroupsPostProcessor implements HealthEndpointGroupsPostProcessor {

	static final String READINESS = "readiness";

	private static final String CHECKOUT = "checkout";

	@Override
	public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
		return new WithCheckoutInReadiness(groups);
	}

	private static final class WithCheckoutInReadiness implements HealthEndpointGroups, AdditionalPathsMapper {

		private final HealthEndpointGroups groups;

		private final @Nullable HealthEndpointGroup readiness;

		WithCheckoutInReadiness(HealthEndpointGroups groups) {
			this.groups = groups;
			HealthEndpointGroup readiness = groups.get(READINESS);
			this.readiness = (readiness != null) ? new ReadinessWithCheckout(readiness) : null;
		}

		@Override
		public HealthEndpointGroup getPrimary() {
			return this.groups.getPrimary();
		}

		@Override
		public Set<String> getNames() {
			return this.groups.getNames();
		}

		@Override
		public @Nullable HealthEndpointGroup get(String name) {
			return READINESS.equals(name) ? this.readiness : this.groups.get(name);
		}

		@Override
		public @Nullable List<String> getAdditionalPaths(EndpointId endpointId, WebServerNamespace webServerNamespace) {
			// Boot's groups map /livez and /readyz this way: keep them.
			return (this.groups instanceof AdditionalPathsMapper mapper)
					? mapper.getAdditionalPaths(endpointId, webServerNamespace) : null;
		}

	}

	private static final class ReadinessWithCheckout implements HealthEndpointGroup {

		private final HealthEndpointGroup readiness;

		private final StatusAggregator statusAggregator;

		ReadinessWithCheckout(HealthEndpointGroup readiness) {
			this.readiness = readiness;
			StatusAggregator aggregator = readiness.getStatusAggregator();
			// Only our own status code is translated; every other one reaches the group's
			// aggregator unchanged.
			this.statusAggregator = (statuses) -> aggregator.getAggregateStatus(statuses.stream()
				.map((status) -> CheckoutHealthIndicator.CHECKOUT_DOWN.equals(status) ? Status.DOWN : status)
				.collect(Collectors.toSet()));
		}

		@Override
		public boolean isMember(String name) {
			return this.readiness.isMember(name) || name.equals(CHECKOUT) || name.startsWith(CHECKOUT + "/");
		}

		@Override
		public boolean showComponents(SecurityContext securityContext) {
			return this.readiness.showComponents(securityContext);
		}

		@Override
		public boolean showDetails(SecurityContext securityContext) {
			return this.readiness.showDetails(securityContext);
		}

		@Override
		public StatusAggregator getStatusAggregator() {
			return this.statusAggregator;
		}

		@Override
		public HttpCodeStatusMapper getHttpCodeStatusMapper() {
			return this.readiness.getHttpCodeStatusMapper();
		}

		@Override
		public @Nullable AdditionalHealthEndpointPath getAdditionalPath() {
			return this.readiness.getAdditionalPath();
		}

	}

}
