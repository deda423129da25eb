package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * ISO 4217 currency code. Constants cover common currencies; {@link #of(String)} accepts
 * any code, so a currency missing here is still usable.
 *
 * @since 0.1.0
 */
public final class Currency extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<Currency> REGISTRY = new OpenEnumRegistry<>(Currency::new);

	/** {@code AED}: UAE dirham; {@code amount} is in hundredths. */
	public static final Currency AED = REGISTRY.register("AED");

	/** {@code AUD}: Australian dollar; {@code amount} is in hundredths. */
	public static final Currency AUD = REGISTRY.register("AUD");

	/** {@code BGN}: Bulgarian lev; {@code amount} is in hundredths. */
	public static final Currency BGN = REGISTRY.register("BGN");

	/** {@code BHD}: Bahraini dinar; {@code amount} is in thousandths (1050 is 1.050). */
	public static final Currency BHD = REGISTRY.register("BHD");

	/** {@code BRL}: Brazilian real; {@code amount} is in hundredths. */
	public static final Currency BRL = REGISTRY.register("BRL");

	/** {@code CAD}: Canadian dollar; {@code amount} is in hundredths. */
	public static final Currency CAD = REGISTRY.register("CAD");

	/** {@code CHF}: Swiss franc; {@code amount} is in hundredths. */
	public static final Currency CHF = REGISTRY.register("CHF");

	/** {@code CNY}: Chinese yuan; {@code amount} is in hundredths. */
	public static final Currency CNY = REGISTRY.register("CNY");

	/** {@code CZK}: Czech koruna; {@code amount} is in hundredths. */
	public static final Currency CZK = REGISTRY.register("CZK");

	/** {@code DKK}: Danish krone; {@code amount} is in hundredths. */
	public static final Currency DKK = REGISTRY.register("DKK");

	/** {@code EGP}: Egyptian pound; {@code amount} is in hundredths. */
	public static final Currency EGP = REGISTRY.register("EGP");

	/** {@code EUR}: euro; {@code amount} is in hundredths. */
	public static final Currency EUR = REGISTRY.register("EUR");

	/** {@code GBP}: pound sterling; {@code amount} is in hundredths. */
	public static final Currency GBP = REGISTRY.register("GBP");

	/** {@code HKD}: Hong Kong dollar; {@code amount} is in hundredths. */
	public static final Currency HKD = REGISTRY.register("HKD");

	/** {@code HUF}: Hungarian forint; {@code amount} is in hundredths. */
	public static final Currency HUF = REGISTRY.register("HUF");

	/** {@code ILS}: Israeli new shekel; {@code amount} is in hundredths. */
	public static final Currency ILS = REGISTRY.register("ILS");

	/** {@code INR}: Indian rupee; {@code amount} is in hundredths. */
	public static final Currency INR = REGISTRY.register("INR");

	/** {@code JOD}: Jordanian dinar; {@code amount} is in thousandths (1050 is 1.050). */
	public static final Currency JOD = REGISTRY.register("JOD");

	/**
	 * {@code JPY}: Japanese yen; it has no minor unit, so {@code amount} counts whole
	 * units.
	 */
	public static final Currency JPY = REGISTRY.register("JPY");

	/**
	 * {@code KRW}: South Korean won; it has no minor unit, so {@code amount} counts whole
	 * units.
	 */
	public static final Currency KRW = REGISTRY.register("KRW");

	/** {@code KWD}: Kuwaiti dinar; {@code amount} is in thousandths (1050 is 1.050). */
	public static final Currency KWD = REGISTRY.register("KWD");

	/** {@code MXN}: Mexican peso; {@code amount} is in hundredths. */
	public static final Currency MXN = REGISTRY.register("MXN");

	/** {@code MYR}: Malaysian ringgit; {@code amount} is in hundredths. */
	public static final Currency MYR = REGISTRY.register("MYR");

	/** {@code NOK}: Norwegian krone; {@code amount} is in hundredths. */
	public static final Currency NOK = REGISTRY.register("NOK");

	/** {@code NZD}: New Zealand dollar; {@code amount} is in hundredths. */
	public static final Currency NZD = REGISTRY.register("NZD");

	/** {@code OMR}: Omani rial; {@code amount} is in thousandths (1050 is 1.050). */
	public static final Currency OMR = REGISTRY.register("OMR");

	/** {@code PHP}: Philippine peso; {@code amount} is in hundredths. */
	public static final Currency PHP = REGISTRY.register("PHP");

	/** {@code PLN}: Polish zloty; {@code amount} is in hundredths. */
	public static final Currency PLN = REGISTRY.register("PLN");

	/** {@code QAR}: Qatari riyal; {@code amount} is in hundredths. */
	public static final Currency QAR = REGISTRY.register("QAR");

	/** {@code RON}: Romanian leu; {@code amount} is in hundredths. */
	public static final Currency RON = REGISTRY.register("RON");

	/** {@code SAR}: Saudi riyal; {@code amount} is in hundredths. */
	public static final Currency SAR = REGISTRY.register("SAR");

	/** {@code SEK}: Swedish krona; {@code amount} is in hundredths. */
	public static final Currency SEK = REGISTRY.register("SEK");

	/** {@code SGD}: Singapore dollar; {@code amount} is in hundredths. */
	public static final Currency SGD = REGISTRY.register("SGD");

	/** {@code THB}: Thai baht; {@code amount} is in hundredths. */
	public static final Currency THB = REGISTRY.register("THB");

	/** {@code TRY}: Turkish lira; {@code amount} is in hundredths. */
	public static final Currency TRY = REGISTRY.register("TRY");

	/** {@code USD}: US dollar; {@code amount} is in hundredths. */
	public static final Currency USD = REGISTRY.register("USD");

	/** {@code ZAR}: South African rand; {@code amount} is in hundredths. */
	public static final Currency ZAR = REGISTRY.register("ZAR");

	private Currency(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value an ISO 4217 code, such as {@code "AED"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static Currency of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<Currency> values() {
		return REGISTRY.values();
	}

}
