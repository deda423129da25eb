package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Exemption applied to the authentication ({@code exemption.applied}).
 *
 * @since 0.1.0
 */
public final class ExemptionApplied extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<ExemptionApplied> REGISTRY = new OpenEnumRegistry<>(ExemptionApplied::new);

	/** {@code none}: no exemption was applied. */
	public static final ExemptionApplied NONE = REGISTRY.register("none");

	/** {@code low_value}: the low-value exemption. */
	public static final ExemptionApplied LOW_VALUE = REGISTRY.register("low_value");

	/** {@code recurring_operation}: the recurring-payment exemption. */
	public static final ExemptionApplied RECURRING_OPERATION = REGISTRY.register("recurring_operation");

	/** {@code transaction_risk_assessment}: the transaction-risk-analysis exemption. */
	public static final ExemptionApplied TRANSACTION_RISK_ASSESSMENT = REGISTRY.register("transaction_risk_assessment");

	/** {@code secure_corporate_payment}: the secure-corporate-payment exemption. */
	public static final ExemptionApplied SECURE_CORPORATE_PAYMENT = REGISTRY.register("secure_corporate_payment");

	/** {@code trusted_listing}: the trusted-beneficiary exemption. */
	public static final ExemptionApplied TRUSTED_LISTING = REGISTRY.register("trusted_listing");

	/**
	 * {@code trusted_listing_prompt}: the trusted-beneficiary exemption, with a prompt to
	 * list the merchant.
	 */
	public static final ExemptionApplied TRUSTED_LISTING_PROMPT = REGISTRY.register("trusted_listing_prompt");

	/** {@code 3ds_outage}: an exemption because 3-D Secure was unavailable. */
	public static final ExemptionApplied THREE_DS_OUTAGE = REGISTRY.register("3ds_outage");

	/** {@code sca_delegation}: strong customer authentication was delegated. */
	public static final ExemptionApplied SCA_DELEGATION = REGISTRY.register("sca_delegation");

	/**
	 * {@code out_of_sca_scope}: the transaction is outside the scope of strong customer
	 * authentication.
	 */
	public static final ExemptionApplied OUT_OF_SCA_SCOPE = REGISTRY.register("out_of_sca_scope");

	/** {@code other}: another exemption. */
	public static final ExemptionApplied OTHER = REGISTRY.register("other");

	/** {@code low_risk_program}: a scheme's low-risk programme. */
	public static final ExemptionApplied LOW_RISK_PROGRAM = REGISTRY.register("low_risk_program");

	/** {@code data_share}: data was shared without a challenge. */
	public static final ExemptionApplied DATA_SHARE = REGISTRY.register("data_share");

	private ExemptionApplied(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code exemption.applied}, such as {@code "none"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ExemptionApplied of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<ExemptionApplied> values() {
		return REGISTRY.values();
	}

}
