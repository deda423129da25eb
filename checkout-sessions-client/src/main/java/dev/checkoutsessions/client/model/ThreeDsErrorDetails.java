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

	public @Nullable String getErrorCode() {
		return errorCode;
	}

	public @Nullable String getErrorComponent() {
		return errorComponent;
	}

	public @Nullable String getErrorDetail() {
		return errorDetail;
	}

	public @Nullable String getErrorDescription() {
		return errorDescription;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("ThreeDsErrorDetails")
				.add("errorCode", errorCode)
				.add("errorComponent", errorComponent)
				.add("errorDetail", errorDetail)
				.add("errorDescription", errorDescription)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
