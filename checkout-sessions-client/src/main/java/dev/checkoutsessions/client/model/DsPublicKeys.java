package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.List;

/**
 * Directory Server keys for the app channel ({@code certificates}); only returned to OAuth callers.
 *
 * @since 0.1.0
 */
public final class DsPublicKeys extends ExtensibleModel {

	@JsonProperty("ds_public")
	private @Nullable String dsPublic;

	@JsonProperty("ca_public")
	private @Nullable String caPublic;

	@JsonProperty("ca_public_all")
	private @Nullable List<String> caPublicAll;

	private DsPublicKeys() {
	}

	public @Nullable String getDsPublic() {
		return dsPublic;
	}

	public @Nullable String getCaPublic() {
		return caPublic;
	}

	public List<String> getCaPublicAll() {
		return caPublicAll == null ? List.of() : Collections.unmodifiableList(caPublicAll);
	}

	@Override
	public String toString() {
		return new ToStringBuilder("DsPublicKeys")
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
