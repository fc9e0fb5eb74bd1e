package dev.iqconsole.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is asking, and what they may do: what views ask before showing an action, and what actions ask again before
 * doing it. On a console without login (one person, loopback only) that person may do everything.
 */
@Component
public class CurrentUser {

    /** The name History records for actions taken on a console without login. */
    public static final String LOCAL = "local user (no login)";

    private final LoginMode mode;
    private final DeployerAccess deployerAccess;

    CurrentUser(LoginMode mode, DeployerAccess deployerAccess) {
        this.mode = mode;
        this.deployerAccess = deployerAccess;
    }

    public boolean signInRequired() {
        return !mode.open();
    }

    public String name() {
        if (mode.open()) return LOCAL;
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null ? "anonymous" : who.getName();
    }

    /** The highest role, in words. */
    public String roleName() {
        for (Role role : new Role[] {Role.ADMIN, Role.DEPLOYER, Role.VIEWER}) {
            if (may(role)) return role.name().toLowerCase(java.util.Locale.ROOT);
        }
        return "no role";
    }

    public boolean may(Role role) {
        if (mode.open()) return true;
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null
                && who.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(role.authority()::equals);
    }

    /** Check, Deploy, Retry, Remove and Delete on this kubeconfig context. */
    public boolean mayChange(String context) {
        if (may(Role.ADMIN)) return true;
        return may(Role.DEPLOYER) && deployerAccess.allows(context);
    }

    /** Why {@link #mayChange} says no, in a sentence for the user. */
    public String refusal(String context) {
        return name() + " may not check, deploy or delete on the context " + context + ": "
                + (may(Role.DEPLOYER) ? deployersMayUse() : "that needs the deployer or admin role")
                + ".";
    }

    private String deployersMayUse() {
        List<String> contexts = deployerAccess.current().contexts();
        return contexts.isEmpty()
                ? "deployers may use no context"
                : "deployers may use only " + String.join(", ", contexts);
    }
}
