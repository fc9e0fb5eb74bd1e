package dev.iqconsole.security;

import java.util.List;

/**
 * What a signed-in person may do. Each role includes the ones below it, and carries their authorities explicitly, so
 * that a check never depends on a role hierarchy being configured somewhere else.
 */
public enum Role {
    /** Browse the catalog and profiles, read YAML, call the API. */
    VIEWER,
    /** Also Check, Deploy, Retry, Remove and Delete on the contexts deployers may use. */
    DEPLOYER,
    /** Everything, on every context. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** This role's authority and those of the roles it includes. */
    List<String> authorities() {
        return List.of(values()).subList(0, ordinal() + 1).stream()
                .map(Role::authority)
                .toList();
    }
}
