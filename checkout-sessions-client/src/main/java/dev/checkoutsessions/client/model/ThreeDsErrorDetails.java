package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * EMVCo error message details ({@code 3ds.error_details}).
 *
 * @since 0.1.0
 */
public final class ThreeDsErrorDetails extends ExtensibleModel {

	@JsonProperty("error_code")
	private @Nullable String errorCode;

	@JsonProperty("error_component")
	private @Nullable String errorComponent;

	@JsonProperty("error_detail")
	private @Nullable String errorDetail;

	@JsonProperty("error_description")
	private @Nullable String errorDescription;

	private ThreeDsErrorDetails() {
	}

	/**
	 * {@return the EMVCo error code} API field {@code error_code}.
	 */
	public @Nullable String getErrorCode() {
		return errorCode;
	}

	/**
	 * {@return the 3DS component that raised the error: {@code C} SDK, {@code S} 3DS
	 * Server, {@code D} Directory Server, {@code A} ACS} API field
	 * {@code error_component}.
	 */
	public @Nullable String getErrorComponent() {
		return errorComponent;
	}

	/**
	 * {@return more detail on the error, such as the name of the faulty field} API field
	 * {@code error_detail}.
	 */
	public @Nullable String getErrorDetail() {
		return errorDetail;
	}

	/**
	 * {@return a readable description of the error} API field {@code error_description}.
	 */
	public @Nullable String getErrorDescription() {
		return errorDescription;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("ThreeDsErrorDetails").add("errorCode", errorCode)
			.add("errorComponent", errorComponent)
			.add("errorDetail", errorDetail)
			.add("errorDescription", errorDescription)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
