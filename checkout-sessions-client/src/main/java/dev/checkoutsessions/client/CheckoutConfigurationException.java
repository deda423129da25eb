package dev.checkoutsessions.client;

import org.jspecify.annotations.Nullable;

/**
 * A client setting is missing or invalid. It names the builder parameter at fault
 * ({@link #getParameter()}, e.g. {@code callTimeout} or {@code retry.maxDelay}), what is
 * wrong with it ({@link #getProblem()}) and what to do ({@link #getFix()}); the message
 * joins the three. The Spring Boot starter reports the {@code checkout.*} property behind
 * the parameter instead, and its receivers report their own {@code checkout.*} properties
 * with it.
 *
 * @since 0.1.0
 */
public class CheckoutConfigurationException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/** Name of the offending builder parameter. */
	private final String parameter;

	/** What is wrong with it. */
	private final String problem;

	/** What to do about it, {@code null} when the problem says it all. */
	private final @Nullable String fix;

	/**
	 * Creates an exception for an invalid client setting.
	 * @param parameter the builder parameter at fault, such as {@code subdomain}
	 * @param problem what is wrong, read after the parameter's name ("must be 1 or
	 * more"); must not echo a secret
	 * @param fix what to do, a sentence
	 */
	public CheckoutConfigurationException(String parameter, String problem, @Nullable String fix) {
		super(parameter + " " + problem + ((fix != null) ? ". " + fix : ""));
		this.parameter = parameter;
		this.problem = problem;
		this.fix = fix;
	}

	/**
	 * Creates an exception whose message says more than its first problem (a list of
	 * problems, for example).
	 * @param parameter the parameter or property at fault, the first when several are
	 * @param problem what is wrong with it
	 * @param fix what to do
	 * @param message the whole message
	 */
	protected CheckoutConfigurationException(String parameter, String problem, @Nullable String fix, String message) {
		super(message);
		this.parameter = parameter;
		this.problem = problem;
		this.fix = fix;
	}

	/**
	 * Creates an exception whose message says what is wrong and how to fix it.
	 * @param parameter the builder parameter at fault, such as {@code subdomain}
	 * @param message what is wrong and how to fix it, starting with the parameter's name;
	 * must not echo a secret
	 */
	public CheckoutConfigurationException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
		this.problem = message.startsWith(parameter + " ") ? message.substring(parameter.length() + 1) : message;
		this.fix = null;
	}

	/**
	 * Name of the offending builder parameter, e.g. {@code subdomain} or
	 * {@code retry.maxDelay}.
	 * @return the parameter name
	 */
	public String getParameter() {
		return this.parameter;
	}

	/**
	 * {@return what is wrong, to be read after the name of the parameter or property}
	 */
	public String getProblem() {
		return this.problem;
	}

	/**
	 * {@return what to do about it, {@code null} when the problem says it all}
	 */
	public @Nullable String getFix() {
		return this.fix;
	}

}
