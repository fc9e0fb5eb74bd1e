package dev.iqconsole.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Someone who signed in with OpenID Connect, with the role granted to their name, e-mail or groups. */
final class SignInRoles implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final RoleGrants grants;

    SignInRoles(RoleGrants grants) {
        this.grants = grants;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        Role role = grants.roleOf(user.getClaims());
        String nameClaim = user.getPreferredUsername() != null ? "preferred_username" : "sub";
        return new DefaultOidcUser(RoleGrants.authorities(role), user.getIdToken(), user.getUserInfo(), nameClaim);
    }
}
