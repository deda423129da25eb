package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * How the session is completed ({@code completion}), discriminated by {@code type}.
 *
 * <p>
 * Each subtype fixes its own {@code type} in every constructor, so a hosted completion
 * can never be sent as non-hosted.
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true)
@JsonSubTypes({ @JsonSubTypes.Type(value = HostedCompletionInfo.class, name = "hosted"),
		@JsonSubTypes.Type(value = NonHostedCompletionInfo.class, name = "non_hosted") })
public abstract class CompletionInfo extends ExtensibleModel {

	@JsonProperty("type")
	private CompletionType type;

	CompletionInfo(CompletionType type) {
		this.type = type;
	}

	/**
	 * {@return the completion type, {@code hosted} or {@code non_hosted}, fixed by the
	 * subclass} API field {@code type}; always written.
	 */
	public CompletionType getType() {
		return type;
	}

}
