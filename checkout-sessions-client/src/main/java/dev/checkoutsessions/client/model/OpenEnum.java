package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonValue;

import org.jspecify.annotations.Nullable;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Locale;

/**
 * Base of the wire enumerations. Unlike a Java {@code enum}, an open enum keeps values
 * the API introduces after this library was released: they decode to an instance whose
 * {@link #value()} is the raw text and whose {@link #isKnown()} is {@code false}, instead
 * of failing or silently becoming {@code null}.
 *
 * <p>
 * Known values are canonical constants, so {@code ==} works for them; compare unknown
 * values with {@link #equals(Object)}. Card metadata types ignore case: {@code Credit} is
 * {@link CardType#CREDIT}, and {@code Unknown} equals {@code UNKNOWN}.
 *
 * @since 0.1.0
 */
public abstract class OpenEnum implements Serializable {

	private static final long serialVersionUID = 1L;

	/** The wire text, exactly as received or registered. */
	private final String value;

	/** Whether {@link #value} was registered as a constant of this library. */
	private final boolean known;

	/** Whether values differing only in case are the same value. */
	private final boolean ignoringCase;

	/**
	 * Creates a value; subclasses are created only through their registry, so known
	 * values stay canonical.
	 * @param value the wire text
	 * @param known whether the value is one of the subclass's constants
	 */
	protected OpenEnum(String value, boolean known) {
		this(value, known, false);
	}

	/**
	 * Creates a value of a type whose spellings differ in case between sources (card
	 * metadata: {@code CREDIT} in the API reference, {@code Credit} in the SDKs).
	 * @param value the wire text
	 * @param known whether the value is one of the subclass's constants
	 * @param ignoringCase whether values differing only in case are the same value
	 */
	protected OpenEnum(String value, boolean known, boolean ignoringCase) {
		this.value = value;
		this.known = known;
		this.ignoringCase = ignoringCase;
	}

	/**
	 * {@return the value exactly as written on the wire}
	 */
	@JsonValue
	public final String value() {
		return value;
	}

	/**
	 * {@return whether this value was known when this library was built} An unknown value
	 * is kept, not rejected.
	 */
	public final boolean isKnown() {
		return known;
	}

	/**
	 * Gives back the canonical constant of a known value read by Java serialization, so
	 * that {@code ==} keeps working for values that went through a session store or a
	 * cache.
	 * @return the constant, or this unknown value
	 * @throws ObjectStreamException never; declared by the serialization contract
	 */
	protected final Object readResolve() throws ObjectStreamException {
		return known ? OpenEnumRegistry.canonical(this) : this;
	}

	@Override
	public final boolean equals(@Nullable Object other) {
		return this == other || (other != null && other.getClass() == getClass()
				&& ((OpenEnum) other).comparisonKey().equals(comparisonKey()));
	}

	@Override
	public final int hashCode() {
		return getClass().hashCode() * 31 + comparisonKey().hashCode();
	}

	/**
	 * What equality compares: the value, folded to upper case where case does not count.
	 */
	final String comparisonKey() {
		return ignoringCase ? value.toUpperCase(Locale.ROOT) : value;
	}

	@Override
	public final String toString() {
		return value;
	}

}
