package dev.iqconsole.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The console would listen beyond this machine without a login: anyone reaching the port could deploy. */
class ExposedWithoutLoginException extends RuntimeException {

    ExposedWithoutLoginException(String address) {
        super("The console listens on " + (address == null || address.isBlank() ? "every interface" : address)
                + " but has no login: configure iqconsole.security.users or an OpenID Connect provider (README,"
                + " \"Run it for a team\"), or listen on 127.0.0.1.");
    }

    /** Throws when {@code serverAddress} (Spring's {@code server.address}; blank = every interface) is not loopback. */
    static void refuseIfExposed(String serverAddress, LoginMode mode) {
        if (mode.open() && !isLoopback(serverAddress)) {
            throw new ExposedWithoutLoginException(serverAddress);
        }
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
