package dev.iqconsole.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Who may talk to the console, and how much they may send.
 *
 * @param allowedHosts host names (or IP literals) the console answers to besides the loopback names, e.g. the name
 *     of the reverse proxy in front of a team's console; a request whose {@code Host} is not one of them is refused,
 *     so that a page on another site cannot reach the console through DNS rebinding
 * @param maxRequestBody the largest request body accepted; the API's requests are a few hundred bytes
 * @param users a small team's accounts, each with a password hash ({@code {bcrypt}...}) and a role; any user turns
 *     the login on
 * @param grants roles for people who sign in with OpenID Connect (or a bearer token): role to the user names, e-mail
 *     addresses or groups (the {@code groups} claim) that have it; every other signed-in person is a viewer
 * @param deployerContexts the kubeconfig contexts deployers may deploy to and delete from; empty means all (admins
 *     may always use all)
 */
@ConfigurationProperties("iqconsole.security")
public record SecurityProperties(
        List<String> allowedHosts,
        DataSize maxRequestBody,
        List<User> users,
        Map<Role, List<String>> grants,
        List<String> deployerContexts) {

    public SecurityProperties {
        allowedHosts = allowedHosts == null
                ? List.of()
                : allowedHosts.stream()
                        .map(String::strip)
                        .filter(h -> !h.isEmpty())
                        .toList();
        maxRequestBody = maxRequestBody == null ? DataSize.ofMegabytes(1) : maxRequestBody;
        users = users == null ? List.of() : List.copyOf(users);
        grants = grants == null ? Map.of() : Map.copyOf(grants);
        deployerContexts = deployerContexts == null ? List.of() : List.copyOf(deployerContexts);
    }

    /** An account from configuration; {@code password} is a hash in Spring Security's {@code {id}hash} format. */
    public record User(String name, String password, Role role) {

        public User {
            if (name == null || name.isBlank() || password == null || password.isBlank()) {
                throw new IllegalArgumentException(
                        "each of iqconsole.security.users needs a name and a password" + " hash ({bcrypt}...); one has "
                                + (name == null || name.isBlank() ? "no name" : "no password"));
            }
            role = role == null ? Role.VIEWER : role;
        }
    }
}
