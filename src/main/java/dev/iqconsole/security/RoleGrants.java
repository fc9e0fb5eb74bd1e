package dev.iqconsole.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The role of someone the identity provider vouches for: the highest role granted to their user name, e-mail address
 * or one of their groups; a viewer otherwise. The same for a browser sign-in and an API bearer token.
 */
final class RoleGrants {

    private final Map<Role, List<String>> grants;

    RoleGrants(Map<Role, List<String>> grants) {
        this.grants = grants;
    }

    /** The role of the holder of these OpenID Connect claims (an ID token's or an access token's). */
    Role roleOf(Map<String, Object> claims) {
        Object groups = claims.get("groups");
        return roleOf(
                Objects.toString(claims.get("preferred_username"), null),
                Objects.toString(claims.get("email"), null),
                groups instanceof Collection<?> values
                        ? values.stream().map(String::valueOf).toList()
                        : List.of());
    }

    Role roleOf(String name, String email, Collection<String> groups) {
        var identities = Stream.concat(Stream.of(name, email), groups.stream())
                .filter(Objects::nonNull)
                .map(s -> s.toLowerCase(Locale.ROOT))
                .toList();
        for (Role role : List.of(Role.ADMIN, Role.DEPLOYER)) {
            boolean granted = grants.getOrDefault(role, List.of()).stream()
                    .map(s -> s.toLowerCase(Locale.ROOT))
                    .anyMatch(identities::contains);
            if (granted) return role;
        }
        return Role.VIEWER;
    }

    static List<GrantedAuthority> authorities(Role role) {
        return role.authorities().stream()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }
}
