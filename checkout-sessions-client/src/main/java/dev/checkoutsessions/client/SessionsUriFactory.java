package dev.checkoutsessions.client;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * Spring's default URI factory, except that the Sessions API's few templates are expanded
 * from parts prepared once. The default parses and encodes the template on every call,
 * which measured 2.7 KB and a few microseconds per request (a tenth of what the client
 * itself allocates). Expansions are identical to the default's: anything the prepared
 * parts cannot express exactly (a value that would need encoding, a foreign template)
 * goes to it.
 */
final class SessionsUriFactory extends DefaultUriBuilderFactory {

	/**
	 * Stands in for the session id while the template is expanded once; unreserved, so
	 * never encoded.
	 */
	private static final String MARKER = "sessionsUriFactoryMarker";

	private final Map<String, Expansion> expansions = new HashMap<>();

	SessionsUriFactory(String baseUrl) {
		super(baseUrl);
		for (SessionsOperation operation : SessionsOperation.values()) {
			String template = operation.uriTemplate();
			this.expansions.put(template, template.contains("{") ? Expansion.around(super.expand(template, MARKER))
					: Expansion.fixed(super.expand(template)));
		}
	}

	@Override
	public URI expand(String uriTemplate, @Nullable Object... uriVars) {
		Expansion expansion = this.expansions.get(uriTemplate);
		URI uri = (expansion != null) ? expansion.expand(uriVars) : null;
		return (uri != null) ? uri : super.expand(uriTemplate, uriVars);
	}

	/**
	 * A template expanded up to its one variable: {@code fixed}, or
	 * {@code before + value + after}.
	 */
	private record Expansion(@Nullable URI fixed, String before, String after) {

		static Expansion fixed(URI uri) {
			return new Expansion(uri, "", "");
		}

		static Expansion around(URI expandedWithMarker) {
			String text = expandedWithMarker.toString();
			int at = text.indexOf(MARKER);
			return new Expansion(null, text.substring(0, at), text.substring(at + MARKER.length()));
		}

		@Nullable URI expand(@Nullable Object[] values) {
			if (this.fixed != null) {
				return (values.length == 0) ? this.fixed : null;
			}
			if (values.length == 1 && values[0] instanceof String value && isUnreserved(value)) {
				return URI.create(this.before + value + this.after);
			}
			return null;
		}

		/**
		 * RFC 3986 unreserved characters: the ones Spring's strict encoding of a URI
		 * variable leaves as they are.
		 */
		private static boolean isUnreserved(String value) {
			if (value.isEmpty()) {
				return false;
			}
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
						|| c == '-' || c == '.' || c == '_' || c == '~';
				if (!unreserved) {
					return false;
				}
			}
			return true;
		}

	}

}
