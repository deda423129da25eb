package dev.checkoutsessions.emulator;

import tools.jackson.databind.node.StringNode;

/** Tiny, dependency-free HTML helpers for the simulated cardholder pages. */
final class Html {

	private Html() {
	}

	static String page(String title, String body) {
		return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
				+ "</title><style>body{font-family:sans-serif;margin:1.5em;max-width:30em}"
				+ "input,button{font-size:1em;margin:.3em 0}</style></head><body>\n" + body + "\n</body></html>\n";
	}

	/** Escapes text for HTML element content and double-quoted attributes. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/** A JavaScript string literal that cannot close the surrounding script element. */
	static String jsString(String text) {
		return Json.write(StringNode.valueOf(text)).replace("</", "<\\/");
	}

	/**
	 * Tells the embedding page that a step finished: {@code postMessage} to the parent
	 * (iframe) or opener, which is how merchant pages learn that the 3DS Method or the
	 * challenge ended.
	 */
	static String notifyParent(String type, String sessionId, String status) {
		return "<script>(function(){var m={type:" + jsString(type) + ",sessionId:" + jsString(sessionId) + ",status:"
				+ jsString(status) + "};var t=window.parent!==window?window.parent:window.opener;"
				+ "if(t){t.postMessage(m,'*');}})();</script>";
	}

	/**
	 * A form that posts one field to a URL as soon as the page loads (how 3DS hands
	 * results between windows).
	 */
	static String autoPost(String action, String field, String value) {
		return "<form id=\"autopost\" method=\"post\" action=\"" + escape(action) + "\"><input type=\"hidden\" name=\""
				+ escape(field) + "\" value=\"" + escape(value) + "\"></form>"
				+ "<script>document.getElementById('autopost').submit();</script>";
	}

}
