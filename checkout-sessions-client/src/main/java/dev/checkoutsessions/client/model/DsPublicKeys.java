package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.List;

/**
 * Directory Server keys for the app channel ({@code certificates}); only returned to
 * OAuth callers.
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

	/**
	 * {@return the Directory Server public key as a base64url JWK, for encrypting device
	 * data} API field {@code ds_public}.
	 */
	public @Nullable String getDsPublic() {
		return dsPublic;
	}

	/**
	 * {@return the Directory Server root certificate, base64url DER X.509, for checking
	 * the ACS signature} API field {@code ca_public}.
	 */
	public @Nullable String getCaPublic() {
		return caPublic;
	}

	/**
	 * {@return all Directory Server root certificates, base64url DER X.509; empty when
	 * none} API field {@code ca_public_all}.
	 */
	public List<String> getCaPublicAll() {
		return caPublicAll == null ? List.of() : Collections.unmodifiableList(caPublicAll);
	}

	@Override
	public String toString() {
		return new ToStringBuilder("DsPublicKeys").add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
