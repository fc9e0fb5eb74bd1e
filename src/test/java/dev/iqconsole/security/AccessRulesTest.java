package dev.iqconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessRulesTest {

    private static final LoginMode OPEN = new LoginMode(false, List.of(), false);

    @Test
    void a_console_without_login_may_listen_on_loopback_only() {
        for (String address : List.of("127.0.0.1", "::1", "localhost")) {
            assertThatCode(() -> ExposedWithoutLoginException.refuseIfExposed(address, OPEN))
                    .doesNotThrowAnyException();
        }
        for (String address : List.of("0.0.0.0", "", "10.0.0.5", "::")) {
            assertThatThrownBy(() -> ExposedWithoutLoginException.refuseIfExposed(address, OPEN))
                    .isInstanceOf(ExposedWithoutLoginException.class)
                    .hasMessageContaining("has no login: configure iqconsole.security.users");
        }
        assertThatThrownBy(() -> ExposedWithoutLoginException.refuseIfExposed(null, OPEN))
                .hasMessageStartingWith("The console listens on every interface");
    }

    @Test
    void configured_users_or_an_identity_provider_let_it_listen_anywhere() {
        assertThatCode(() ->
                        ExposedWithoutLoginException.refuseIfExposed("0.0.0.0", new LoginMode(true, List.of(), false)))
                .doesNotThrowAnyException();
        assertThatCode(() -> ExposedWithoutLoginException.refuseIfExposed(
                        "0.0.0.0", new LoginMode(false, List.of("corp"), true)))
                .doesNotThrowAnyException();
    }

    @Test
    void bearer_tokens_alone_give_the_browser_no_way_in_so_they_do_not_count_as_a_login() {
        assertThat(new LoginMode(false, List.of(), true).open()).isTrue();
    }

    @Test
    void each_role_carries_the_authorities_of_the_roles_below_it() {
        assertThat(Role.VIEWER.authorities()).containsExactly("ROLE_VIEWER");
        assertThat(Role.DEPLOYER.authorities()).containsExactly("ROLE_VIEWER", "ROLE_DEPLOYER");
        assertThat(Role.ADMIN.authorities()).containsExactly("ROLE_VIEWER", "ROLE_DEPLOYER", "ROLE_ADMIN");
    }

    @Test
    void the_highest_role_granted_to_a_name_an_email_or_a_group_wins_else_viewer() {
        var grants = new RoleGrants(Map.of(
                Role.ADMIN, List.of("Root@Example.com"),
                Role.DEPLOYER, List.of("ml-platform", "carol")));
        assertThat(grants.roleOf("dave", "root@example.com", List.of("ml-platform")))
                .isEqualTo(Role.ADMIN);
        assertThat(grants.roleOf("carol", null, List.of())).isEqualTo(Role.DEPLOYER);
        assertThat(grants.roleOf("erin", "erin@example.com", List.of("ML-Platform")))
                .isEqualTo(Role.DEPLOYER);
        assertThat(grants.roleOf("frank", null, List.of("sales"))).isEqualTo(Role.VIEWER);
    }
}
