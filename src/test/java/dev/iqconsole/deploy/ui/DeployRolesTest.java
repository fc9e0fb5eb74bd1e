package dev.iqconsole.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import dev.iqconsole.cluster.ui.AccessTasks;
import dev.iqconsole.deploy.DeployService;
import dev.iqconsole.deploy.HistoryEntry;
import dev.iqconsole.deploy.MockCluster;
import dev.iqconsole.fixtures.ConsoleCluster;
import java.util.List;
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

/**
 * The deploy page on a team's console: what each role may press, on which contexts. The cluster is a mock in the
 * kubeconfig; deployers may use only the context "staging", which it is not.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:deployroles;DB_CLOSE_DELAY=-1",
            "iqconsole.security.users[0].name=someone",
            "iqconsole.security.users[0].password={noop}not-used-here",
            "iqconsole.security.deployer-contexts=staging"
        })
@ViewPackages(packages = "dev.iqconsole")
class DeployRolesTest extends SpringBrowserlessTest {

    @Autowired
    DeployService deploys;

    static final MockCluster CLUSTER = ConsoleCluster.start();

    @DynamicPropertySource
    static void kubeconfig(DynamicPropertyRegistry registry) {
        registry.add("iqconsole.cluster.kubeconfig", () -> CLUSTER.kubeconfig.toString());
    }

    @AfterAll
    static void stop() throws Exception {
        CLUSTER.close();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_viewer_cannot_check_or_deploy_and_is_told_why() {
        signIn("bob", "ROLE_VIEWER");
        navigate("deploy/openai/gpt-oss-20b", DeployView.class);
        assertThat(button("deploy").isEnabled()).isFalse();
        assertThat(button("check").isEnabled()).isFalse();
        assertThat(button("deploy").getTooltip().getText())
                .isEqualTo("bob may not check, deploy or delete on the context mock: that needs the deployer or"
                        + " admin role.");
    }

    @Test
    void a_deployer_may_not_use_a_context_outside_the_deployers_list() {
        signIn("carol", "ROLE_VIEWER", "ROLE_DEPLOYER");
        navigate("deploy/openai/gpt-oss-20b", DeployView.class);
        assertThat(button("deploy").isEnabled()).isFalse();
        assertThat(button("deploy").getTooltip().getText()).endsWith("deployers may use only staging.");
    }

    @Test
    void an_admin_may_check_anywhere_and_the_history_names_them() {
        signIn("root", "ROLE_VIEWER", "ROLE_DEPLOYER", "ROLE_ADMIN");
        navigate("deploy/openai/gpt-oss-20b", DeployView.class);
        assertThat(button("deploy").isEnabled()).isTrue();
        test(button("check")).click();
        // the check runs off the UI thread, as the user who pressed it
        AccessTasks.awaitUntil(() -> !AccessTasks.loading(getCurrentView()), () -> roundTrip());
        assertThat(deploys.history(1))
                .singleElement()
                .extracting(HistoryEntry::action, HistoryEntry::actor)
                .containsExactly(HistoryEntry.Action.CHECK, "root");
    }

    @Test
    void the_service_refuses_a_viewer_even_when_the_page_is_bypassed() {
        signIn("bob", "ROLE_VIEWER");
        assertThatThrownBy(() -> deploys.delete(MockCluster.CONTEXT, "models", "anything"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageEndingWith("that needs the deployer or admin role.");
    }

    private static void signIn(String name, String... authorities) {
        var who = UsernamePasswordAuthenticationToken.authenticated(
                name, null, AuthorityUtils.createAuthorityList(List.of(authorities)));
        SecurityContextHolder.setContext(new SecurityContextImpl(who));
    }

    private Button button(String id) {
        return find(Button.class).id(id);
    }
}
