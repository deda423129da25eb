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

	public static final UIElement TEXT = REGISTRY.register("text");
	public static final UIElement SINGLE_SELECT = REGISTRY.register("single_select");
	public static final UIElement MULTI_SELECT = REGISTRY.register("multi_select");
	public static final UIElement OOB = REGISTRY.register("oob");
	public static final UIElement HTML_OTHER = REGISTRY.register("html_other");

	private UIElement(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static UIElement of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<UIElement> values() {
		return REGISTRY.values();
	}
}
