package dev.iqconsole.security;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a request was addressed to this console. Browsers send the name the user (or a page) typed in
 * {@code Host}, and the page's own origin in {@code Origin}: a rebinding page's name resolves to 127.0.0.1 but its
 * {@code Host} still says the attacker's name, and a cross-site page's {@code Origin} says where it came from.
 */
final class AllowedHosts {

    /** Names that always mean this machine; a browser never lets a web page rebind them. */
    static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> names = new HashSet<>();

    AllowedHosts(List<String> configured) {
        LOOPBACK.forEach(names::add);
        for (String host : configured) {
            names.add(bracketed(host.toLowerCase(Locale.ROOT)));
        }
    }

    /** A {@code Host} header value, {@code name[:port]}: is the name one we serve? */
    boolean allowsHost(String hostHeader) {
        if (hostHeader == null || hostHeader.isEmpty()) {
            return false;
        }
        String name = nameOf(hostHeader.toLowerCase(Locale.ROOT));
        return name != null && names.contains(name);
    }

    /**
     * An {@code Origin} header sent with the request: absent is fine (non-browser clients, same-origin navigation);
     * otherwise it must be an http(s) origin with the same authority as {@code Host} (browsers write both the same
     * way, default ports left out), and that host must be one we serve. {@code null} origins (sandboxed frames,
     * files) are refused.
     */
    boolean allowsOrigin(String origin, String hostHeader) {
        if (origin == null) {
            return true;
        }
        String lower = origin.toLowerCase(Locale.ROOT);
        String authority;
        if (lower.startsWith("http://")) {
            authority = lower.substring("http://".length());
        } else if (lower.startsWith("https://")) {
            authority = lower.substring("https://".length());
        } else {
            return false;
        }
        return authority.equals(hostHeader.toLowerCase(Locale.ROOT)) && allowsHost(authority);
    }

    /** The name part of {@code name[:port]} or {@code [v6][:port]}, or null when the value is malformed. */
    private static String nameOf(String authority) {
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0 || !portOrNothing(authority.substring(close + 1))) {
                return null;
            }
            return authority.substring(0, close + 1);
        }
        int colon = authority.indexOf(':');
        if (colon < 0) {
            return authority;
        }
        return portOrNothing(authority.substring(colon)) ? authority.substring(0, colon) : null;
    }

    private static boolean portOrNothing(String rest) {
        return rest.isEmpty() || rest.matches(":[0-9]{1,5}");
    }

    private static String bracketed(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
