package dev.checkoutsessions.emulator;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The names a request's {@code Host} header may carry: the emulator's own addresses. A
 * page on another site that rebinds its DNS name to this machine (DNS rebinding) still
 * sends its own name, so checking the header keeps browsers visiting other sites away
 * from the emulator. Ports are not compared: a container's published port differs from
 * the one the emulator listens on.
 */
final class AllowedHosts {

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

	private static final Set<String> WILDCARDS = Set.of("0.0.0.0", "::", "0:0:0:0:0:0:0:0");

	private final Set<String> names;

	private AllowedHosts(Set<String> names) {
		this.names = Set.copyOf(names);
	}

	/**
	 * The loopback names and the address the emulator is bound to; for a wildcard
	 * address, every address of this machine's interfaces and its host name.
	 */
	static AllowedHosts boundTo(String bindAddress) {
		Set<String> names = new LinkedHashSet<>(LOOPBACK);
		String bound = unbracketed(bindAddress.toLowerCase(Locale.ROOT));
		if (isWildcard(bound)) {
			names.addAll(machineNames());
		}
		else {
			names.add(bound);
		}
		return new AllowedHosts(names);
	}

	static boolean isWildcard(String bindAddress) {
		return WILDCARDS.contains(unbracketed(bindAddress));
	}

	/**
	 * Whether a {@code Host} header names this emulator; a request without one (HTTP/1.0)
	 * is let through, as no browser sends such a request.
	 */
	boolean allows(@Nullable String hostHeader) {
		if (hostHeader == null || hostHeader.isBlank()) {
			return true;
		}
		String host = hostHeader.trim().toLowerCase(Locale.ROOT);
		if (host.startsWith("[")) {
			int end = host.indexOf(']');
			host = end < 0 ? host : host.substring(1, end);
		}
		else if (host.indexOf(':') == host.lastIndexOf(':') && host.indexOf(':') >= 0) {
			host = host.substring(0, host.indexOf(':'));
		}
		return names.contains(host) || host.matches("127(\\.\\d{1,3}){3}");
	}

	private static String unbracketed(String address) {
		return (address.startsWith("[") && address.endsWith("]")) ? address.substring(1, address.length() - 1)
				: address;
	}

	private static Set<String> machineNames() {
		Set<String> names = new LinkedHashSet<>();
		try {
			for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
				for (InetAddress address : Collections.list(network.getInetAddresses())) {
					String text = address.getHostAddress();
					int zone = text.indexOf('%');
					names.add((zone < 0 ? text : text.substring(0, zone)).toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (SocketException ex) {
			// No interface list: the loopback names and the host name still work.
		}
		try {
			names.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
		}
		catch (UnknownHostException ex) {
			// A machine without a resolvable name is reached by address.
		}
		return names;
	}

}
