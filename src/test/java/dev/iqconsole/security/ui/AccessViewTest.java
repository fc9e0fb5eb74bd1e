package dev.iqconsole.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.iqconsole.deploy.MockCluster;
import dev.iqconsole.security.CurrentUser;
import dev.iqconsole.security.DeployerAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An admin chooses on the Access page which contexts deployers may use; deployers are then held to it. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:accessview;DB_CLOSE_DELAY=-1",
            "iqconsole.security.users[0].name=someone",
            "iqconsole.security.users[0].password={noop}not-used-here"
        })
@ViewPackages(packages = "dev.iqconsole")
class AccessViewTest extends SpringBrowserlessTest {

    static final MockCluster CLUSTER = start();

    @Autowired
    CurrentUser user;

    @Autowired
    DeployerAccess access;

    @DynamicPropertySource
    static void kubeconfig(DynamicPropertyRegistry registry) {
        registry.add("iqconsole.cluster.kubeconfig", () -> CLUSTER.kubeconfig.toString());
    }

    @AfterAll
    static void stop() throws IOException {
        CLUSTER.close();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_limits_deployers_to_the_contexts_ticked_and_deployers_are_held_to_it() {
        signIn("carol", "ROLE_VIEWER", "ROLE_DEPLOYER");
        assertThat(user.mayChange(MockCluster.CONTEXT)).isTrue(); // nothing set: every context

        signIn("root", "ROLE_VIEWER", "ROLE_DEPLOYER", "ROLE_ADMIN");
        navigate(AccessView.class);
        assertThat(find(Paragraph.class).id("access-changed").getText())
                .isEqualTo("Set by the configuration (iqconsole.security.deployer-contexts). A choice saved here"
                        + " replaces it.");
        var scope = (RadioButtonGroup<String>) find(RadioButtonGroup.class).id("deployer-scope");
        var contexts = (CheckboxGroup<String>) find(CheckboxGroup.class).id("deployer-contexts");
        var save = find(Button.class).id("save-access");
        assertThat(scope.getValue()).isEqualTo(AccessView.EVERY);
        // nothing to save while the choices are the setting in force; a change offers Save, undoing it withdraws it
        assertThat(save.isEnabled()).isFalse();
        scope.setValue(AccessView.ONLY);
        assertThat(save.isEnabled()).isTrue();
        scope.setValue(AccessView.EVERY);
        assertThat(save.isEnabled()).isFalse();
        scope.setValue(AccessView.ONLY);
        contexts.setValue(Set.of());
        test(save).click();
        assertThat(save.isEnabled()).isFalse();

        assertThat(access.current().restricted()).isTrue();
        assertThat(access.current().contexts()).isEmpty();
        assertThat(access.current().changedBy()).isEqualTo("root");
        assertThat(find(Paragraph.class).id("access-changed").getText()).startsWith("Last changed by root on ");

        signIn("carol", "ROLE_VIEWER", "ROLE_DEPLOYER");
        assertThat(user.mayChange(MockCluster.CONTEXT)).isFalse();
        assertThat(user.refusal(MockCluster.CONTEXT)).endsWith("deployers may use no context.");

        signIn("root", "ROLE_VIEWER", "ROLE_DEPLOYER", "ROLE_ADMIN");
        access.save(user, true, List.of(MockCluster.CONTEXT));
        signIn("carol", "ROLE_VIEWER", "ROLE_DEPLOYER");
        assertThat(user.mayChange(MockCluster.CONTEXT)).isTrue();
        assertThat(user.mayChange("production")).isFalse();
    }

    @Test
    void only_an_admin_may_change_the_setting() {
        signIn("carol", "ROLE_VIEWER", "ROLE_DEPLOYER");
        assertThatThrownBy(() -> access.save(user, false, List.of()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("carol may not change which contexts deployers use: that needs the admin role.");
    }

    private static void signIn(String name, String... authorities) {
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                name, null, AuthorityUtils.createAuthorityList(List.of(authorities)))));
    }

    private static MockCluster start() {
        try {
            return new MockCluster();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
