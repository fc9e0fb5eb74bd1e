package dev.iqconsole.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A bearer token's holder, with the role granted to their name, e-mail or groups. */
final class TokenRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final RoleGrants grants;

    TokenRoles(RoleGrants grants) {
        this.grants = grants;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name = jwt.getClaimAsString("preferred_username");
        Role role = grants.roleOf(jwt.getClaims());
        return new JwtAuthenticationToken(jwt, RoleGrants.authorities(role), name != null ? name : jwt.getSubject());
    }
}
