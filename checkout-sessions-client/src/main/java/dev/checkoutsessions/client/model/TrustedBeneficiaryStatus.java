package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Trusted beneficiary status ({@code exemption.trusted_beneficiary.status}).
 *
 * @since 0.1.0
 */
public final class TrustedBeneficiaryStatus extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<TrustedBeneficiaryStatus> REGISTRY = new OpenEnumRegistry<>(TrustedBeneficiaryStatus::new);

	public static final TrustedBeneficiaryStatus Y = REGISTRY.register("Y");
	public static final TrustedBeneficiaryStatus N = REGISTRY.register("N");
	public static final TrustedBeneficiaryStatus E = REGISTRY.register("E");
	public static final TrustedBeneficiaryStatus P = REGISTRY.register("P");
	public static final TrustedBeneficiaryStatus R = REGISTRY.register("R");
	public static final TrustedBeneficiaryStatus U = REGISTRY.register("U");

	private TrustedBeneficiaryStatus(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static TrustedBeneficiaryStatus of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<TrustedBeneficiaryStatus> values() {
		return REGISTRY.values();
	}
}
