package dev.checkoutsessions.emulator;

import tools.jackson.databind.node.StringNode;

/** Tiny, dependency-free HTML helpers for the simulated cardholder pages. */
final class Html {

	private Html() {
	}

	/**
	 * The look of the sample's pages (checkout, hosted result), so that a shopper walking
	 * through a flow sees one style; readable down to the smallest challenge window (250
	 * px wide).
	 */
	static final String STYLE = "*,*::before,*::after{box-sizing:border-box}"
			+ "body{font-family:system-ui,sans-serif;margin:0;padding:.8rem;background:#f5f6f8;color:#1d2330;"
			+ "line-height:1.4}"
			+ "main{background:#fff;border-radius:.5rem;padding:1rem;box-shadow:0 1px 3px #0002;max-width:30rem;"
			+ "margin:0 auto;overflow-wrap:anywhere}"
			+ ".issuer{font-size:.75rem;color:#667;margin:0 0 .5rem}h1{font-size:1.2rem;margin:0 0 .5rem}"
			+ "label{display:block;font-weight:600;font-size:.9rem}"
			+ "input{font-size:1rem;padding:.35rem;width:100%;margin:.3rem 0}"
			+ "button{font-size:1rem;padding:.5rem 1rem;margin:.6rem .4rem 0 0;border:0;border-radius:.3rem;"
			+ "cursor:pointer;background:#186aff;color:#fff}button[value=cancel]{background:#e3e8f0;color:#1d2330}";

	static String page(String title, String body) {
		return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>" + escape(title)
				+ "</title><style>" + STYLE + "</style></head><body><main>"
				+ "<p class=\"issuer\">Emulated issuer · Checkout.com Sessions emulator</p>\n" + body
				+ "\n</main></body></html>\n";
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
