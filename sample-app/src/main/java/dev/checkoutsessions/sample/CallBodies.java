package dev.checkoutsessions.sample;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The bodies of a Checkout.com call as the page's timeline shows them: the client's model
 * written with the application's mapper (the model names its wire properties itself),
 * then masked here, so no secret ever reaches the browser. Card and token numbers keep
 * their last four digits, a cryptogram its first four characters; the session secret, CVV
 * and access tokens are withheld.
 */
@Component
final class CallBodies {

	static final String WITHHELD = "(withheld: stays on the server)";

	private static final Set<String> NUMBERS = Set.of("number", "token");

	private final JsonMapper mapper;

	CallBodies(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/** The masked JSON of {@code model}, or {@code null} for a call without a body. */
	JsonNode masked(Object model) {
		if (model == null) {
			return null;
		}
		JsonNode tree = this.mapper.valueToTree(model);
		mask(tree);
		return tree;
	}

	private static void mask(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (String name : new ArrayList<>(object.propertyNames())) {
				JsonNode value = object.get(name);
				if (isSecret(name)) {
					object.put(name, WITHHELD);
				}
				else if (value.isString() && NUMBERS.contains(name)) {
					object.put(name, lastFour(value.stringValue()));
				}
				else if (value.isString() && "cryptogram".equals(name)) {
					object.put(name, SessionAnswer.maskCryptogram(value.stringValue()));
				}
				else {
					mask(value);
				}
			}
		}
		else if (node.isArray()) {
			node.forEach(CallBodies::mask);
		}
	}

	// Whatever authenticates a call or a card: never shown, masked or not.
	private static boolean isSecret(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.contains("secret") || lower.contains("cvv") || lower.contains("access_token")
				|| lower.equals("authorization") || lower.contains("password");
	}

	/** A card or token number as the page may show it: its last four digits only. */
	static String lastFour(String number) {
		return (number.length() > 8) ? "•••• " + number.substring(number.length() - 4) : "••••";
	}

}
