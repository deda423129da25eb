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

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder extends SessionSource.Builder<Builder> {

		private @Nullable String id;

		private Builder() {
		}

		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		@Override
		Builder self() {
			return this;
		}

		public SessionIdSource build() {
			return new SessionIdSource(this);
		}
	}

	public @Nullable String getId() {
		return id;
	}

	@Override
	public String toString() {
		return baseToString("SessionIdSource")
				.add("id", id)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
