package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of every JSON object in the model.
 *
 * <p>
 * Properties are bound through fields, so that the model needs no setters, getters can
 * offer conveniences (empty collections, helpers) without changing the wire format, and
 * the result does not depend on the naming strategy of the caller's mapper. Properties
 * this library does not model are kept in {@link #getAdditionalProperties()} and written
 * back unchanged: the API adds fields, and a client that relays or stores a session must
 * not lose them.
 *
 * @since 0.1.0
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class ExtensibleModel {

	// Created on the first unknown property only: most objects never see one, and a
	// client decodes dozens of these objects per call.
	@JsonIgnore
	private @Nullable Map<String, @Nullable Object> additionalProperties;

	/**
	 * Creates an object with no additional properties; unknown JSON properties are added
	 * while it is decoded.
	 */
	protected ExtensibleModel() {
	}

	/**
	 * {@return the JSON properties received that this library does not model, by name}
	 * Never null and read-only; they are written back unchanged when the object is
	 * serialized again.
	 */
	@JsonAnyGetter
	public Map<String, @Nullable Object> getAdditionalProperties() {
		return (additionalProperties != null) ? Collections.unmodifiableMap(additionalProperties) : Map.of();
	}

	/**
	 * Copies the unmodelled properties of another object into this one (for builders'
	 * {@code toBuilder()} copies).
	 */
	final void putAdditionalProperties(Map<String, @Nullable Object> properties) {
		properties.forEach(this::putAdditionalProperty);
	}

	@JsonAnySetter
	private void putAdditionalProperty(String name, @Nullable Object value) {
		if (additionalProperties == null) {
			additionalProperties = new LinkedHashMap<>();
		}
		additionalProperties.put(name, value);
	}

}
