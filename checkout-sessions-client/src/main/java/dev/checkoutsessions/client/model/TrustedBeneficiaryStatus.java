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

	private static final OpenEnumRegistry<TrustedBeneficiaryStatus> REGISTRY = new OpenEnumRegistry<>(
			TrustedBeneficiaryStatus::new);

	/** {@code Y}: the merchant is on the cardholder's trusted list. */
	public static final TrustedBeneficiaryStatus Y = REGISTRY.register("Y");

	/** {@code N}: the merchant is not on the trusted list. */
	public static final TrustedBeneficiaryStatus N = REGISTRY.register("N");

	/** {@code E}: the cardholder is not eligible for trusted listing. */
	public static final TrustedBeneficiaryStatus E = REGISTRY.register("E");

	/** {@code P}: listing is pending the cardholder's confirmation. */
	public static final TrustedBeneficiaryStatus P = REGISTRY.register("P");

	/** {@code R}: the cardholder rejected listing the merchant. */
	public static final TrustedBeneficiaryStatus R = REGISTRY.register("R");

	/** {@code U}: the status is unknown, unavailable or does not apply. */
	public static final TrustedBeneficiaryStatus U = REGISTRY.register("U");

	private TrustedBeneficiaryStatus(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code exemption.trusted_beneficiary.status}, such as
	 * {@code "Y"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static TrustedBeneficiaryStatus of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<TrustedBeneficiaryStatus> values() {
		return REGISTRY.values();
	}

}
