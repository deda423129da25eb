package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * ISO 4217 currency code. Constants cover common currencies; {@link #of(String)} accepts any code, so a currency missing here is still usable.
 *
 * @since 0.1.0
 */
public final class Currency extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<Currency> REGISTRY = new OpenEnumRegistry<>(Currency::new);

	public static final Currency AED = REGISTRY.register("AED");
	public static final Currency AUD = REGISTRY.register("AUD");
	public static final Currency BGN = REGISTRY.register("BGN");
	public static final Currency BHD = REGISTRY.register("BHD");
	public static final Currency BRL = REGISTRY.register("BRL");
	public static final Currency CAD = REGISTRY.register("CAD");
	public static final Currency CHF = REGISTRY.register("CHF");
	public static final Currency CNY = REGISTRY.register("CNY");
	public static final Currency CZK = REGISTRY.register("CZK");
	public static final Currency DKK = REGISTRY.register("DKK");
	public static final Currency EGP = REGISTRY.register("EGP");
	public static final Currency EUR = REGISTRY.register("EUR");
	public static final Currency GBP = REGISTRY.register("GBP");
	public static final Currency HKD = REGISTRY.register("HKD");
	public static final Currency HUF = REGISTRY.register("HUF");
	public static final Currency ILS = REGISTRY.register("ILS");
	public static final Currency INR = REGISTRY.register("INR");
	public static final Currency JOD = REGISTRY.register("JOD");
	public static final Currency JPY = REGISTRY.register("JPY");
	public static final Currency KRW = REGISTRY.register("KRW");
	public static final Currency KWD = REGISTRY.register("KWD");
	public static final Currency MXN = REGISTRY.register("MXN");
	public static final Currency MYR = REGISTRY.register("MYR");
	public static final Currency NOK = REGISTRY.register("NOK");
	public static final Currency NZD = REGISTRY.register("NZD");
	public static final Currency OMR = REGISTRY.register("OMR");
	public static final Currency PHP = REGISTRY.register("PHP");
	public static final Currency PLN = REGISTRY.register("PLN");
	public static final Currency QAR = REGISTRY.register("QAR");
	public static final Currency RON = REGISTRY.register("RON");
	public static final Currency SAR = REGISTRY.register("SAR");
	public static final Currency SEK = REGISTRY.register("SEK");
	public static final Currency SGD = REGISTRY.register("SGD");
	public static final Currency THB = REGISTRY.register("THB");
	public static final Currency TRY = REGISTRY.register("TRY");
	public static final Currency USD = REGISTRY.register("USD");
	public static final Currency ZAR = REGISTRY.register("ZAR");

	private Currency(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static Currency of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<Currency> values() {
		return REGISTRY.values();
	}
}
