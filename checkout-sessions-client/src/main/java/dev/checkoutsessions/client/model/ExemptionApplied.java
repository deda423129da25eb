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

	public static final ExemptionApplied NONE = REGISTRY.register("none");
	public static final ExemptionApplied LOW_VALUE = REGISTRY.register("low_value");
	public static final ExemptionApplied RECURRING_OPERATION = REGISTRY.register("recurring_operation");
	public static final ExemptionApplied TRANSACTION_RISK_ASSESSMENT = REGISTRY.register("transaction_risk_assessment");
	public static final ExemptionApplied SECURE_CORPORATE_PAYMENT = REGISTRY.register("secure_corporate_payment");
	public static final ExemptionApplied TRUSTED_LISTING = REGISTRY.register("trusted_listing");
	public static final ExemptionApplied TRUSTED_LISTING_PROMPT = REGISTRY.register("trusted_listing_prompt");
	public static final ExemptionApplied THREE_DS_OUTAGE = REGISTRY.register("3ds_outage");
	public static final ExemptionApplied SCA_DELEGATION = REGISTRY.register("sca_delegation");
	public static final ExemptionApplied OUT_OF_SCA_SCOPE = REGISTRY.register("out_of_sca_scope");
	public static final ExemptionApplied OTHER = REGISTRY.register("other");
	public static final ExemptionApplied LOW_RISK_PROGRAM = REGISTRY.register("low_risk_program");
	public static final ExemptionApplied DATA_SHARE = REGISTRY.register("data_share");

	private ExemptionApplied(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ExemptionApplied of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<ExemptionApplied> values() {
		return REGISTRY.values();
	}
}
