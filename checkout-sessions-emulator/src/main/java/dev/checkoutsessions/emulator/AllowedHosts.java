package dev.checkoutsessions.emulator;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The {@code Host} headers the emulator answers. A page of another site that rebinds its
 * DNS name to this machine (DNS rebinding) still sends that name, so names other than the
 * emulator's own are refused. Addresses are always accepted: a client that calls an
 * address (the Android emulator's {@code 10.0.2.2} for its host, a container's IP) is not
 * a page of a rebinding site, whose origin is a name. Ports are not compared: a
 * container's published port differs from the one the emulator listens on.
 */
final class AllowedHosts {

	private static final Set<String> WILDCARDS = Set.of("0.0.0.0", "::", "0:0:0:0:0:0:0:0");

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private final Set<String> names;

	private AllowedHosts(Set<String> names) {
		this.names = Set.copyOf(names);
	}

	/**
	 * {@code localhost} and the name the emulator is bound to; for a wildcard address,
	 * this machine's host name.
	 */
	static AllowedHosts boundTo(String bindAddress) {
		Set<String> names = new LinkedHashSet<>();
		names.add("localhost");
		String bound = unbracketed(bindAddress.trim().toLowerCase(Locale.ROOT));
		if (isWildcard(bound)) {
			try {
				names.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
			}
			catch (UnknownHostException ex) {
				// A machine without a resolvable name is reached by address.
			}
		}
		else {
			names.add(bound);
		}
		return new AllowedHosts(names);
	}

	static boolean isWildcard(String bindAddress) {
		return WILDCARDS.contains(unbracketed(bindAddress.trim()));
	}

	/**
	 * Whether a {@code Host} header names this emulator or an address; a request without
	 * one (HTTP/1.0) is let through, as no browser sends such a request.
	 */
	boolean allows(@Nullable String hostHeader) {
		if (hostHeader == null || hostHeader.isBlank()) {
			return true;
		}
		String host = hostHeader.trim().toLowerCase(Locale.ROOT);
		if (host.startsWith("[")) {
			// Only an IPv6 address is written in brackets.
			return true;
		}
		int colon = host.indexOf(':');
		if (colon >= 0) {
			host = host.substring(0, colon);
		}
		return IPV4.matcher(host).matches() || names.contains(host);
	}

	private static String unbracketed(String address) {
		return (address.startsWith("[") && address.endsWith("]")) ? address.substring(1, address.length() - 1)
				: address;
	}

}
