package dev.iqconsole.security;

import java.util.List;

/**
 * Whether people sign in, and how. With neither configured users nor an OpenID Connect provider the console is a
 * single person's tool on their own machine: it is then open, and may listen on loopback only.
 *
 * @param users accounts from configuration exist (form login, HTTP basic for scripts)
 * @param oidcRegistrations the OpenID Connect client registrations (browser sign-in)
 * @param bearerTokens the API accepts the provider's access tokens (JWT)
 */
record LoginMode(boolean users, List<String> oidcRegistrations, boolean bearerTokens) {

    boolean open() {
        return !users && oidcRegistrations.isEmpty();
    }
}
