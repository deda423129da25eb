package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Challenge UI element ({@code sdk_ui_elements}, {@code acs.ui_template}).
 *
 * @since 0.1.0
 */
public final class UIElement extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<UIElement> REGISTRY = new OpenEnumRegistry<>(UIElement::new);

	/** {@code text}: a text input. */
	public static final UIElement TEXT = REGISTRY.register("text");

	/** {@code single_select}: a single-choice list. */
	public static final UIElement SINGLE_SELECT = REGISTRY.register("single_select");

	/** {@code multi_select}: a multiple-choice list. */
	public static final UIElement MULTI_SELECT = REGISTRY.register("multi_select");

	/** {@code oob}: an out-of-band step, such as approving in a banking app. */
	public static final UIElement OOB = REGISTRY.register("oob");

	/** {@code html_other}: any other HTML screen. */
	public static final UIElement HTML_OTHER = REGISTRY.register("html_other");

	private UIElement(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code sdk_ui_elements}, such as {@code "text"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static UIElement of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<UIElement> values() {
		return REGISTRY.values();
	}

}
