package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * A stored card instrument, {@code src_...} ({@code type} {@code id}).
 *
 * @since 0.1.0
 */
public final class SessionIdSource extends SessionSource {

	@JsonProperty("id")
	private @Nullable String id;

	private SessionIdSource() {
		super(SessionSourceType.ID);
	}

	private SessionIdSource(Builder builder) {
		super(SessionSourceType.ID, builder);
		this.id = builder.id;
	}

	/**
	 * {@return a new builder with no field set} The API requires {@code id}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link SessionIdSource}: one method per API field, each returning this
	 * builder.
	 */
	public static final class Builder extends SessionSource.Builder<Builder> {

		private @Nullable String id;

		private Builder() {
		}

		/**
		 * Sets {@code id}; see {@link SessionIdSource#getId()}.
		 * @param id the {@code src_...} instrument id; required
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		@Override
		Builder self() {
			return this;
		}

		/**
		 * {@return a new immutable {@link SessionIdSource} with the values set so far}
		 * Nothing is checked here: the client checks the required fields before it sends
		 * the request and names each missing one.
		 */
		public SessionIdSource build() {
			return new SessionIdSource(this);
		}

	}

	/**
	 * {@return the stored card instrument, {@code src_...}} API field {@code id};
	 * required, at most 100 characters.
	 */
	public @Nullable String getId() {
		return id;
	}

	@Override
	public String toString() {
		return baseToString("SessionIdSource").add("id", id)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
