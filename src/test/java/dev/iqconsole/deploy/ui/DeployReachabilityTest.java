package dev.iqconsole.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import dev.iqconsole.cluster.ui.AccessTasks;
import dev.iqconsole.cluster.ui.TestKubeconfig;
import dev.iqconsole.fixtures.ConsoleContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The deploy page's cluster choice with contexts that fail as real ones do: refused, hanging, no plugin, expired. */
@ConsoleContext
@ViewPackages(packages = "dev.iqconsole")
class DeployReachabilityTest extends SpringBrowserlessTest {

    static final TestKubeconfig KUBECONFIG = TestKubeconfig.withFailingContexts();

    @AfterAll
    static void stop() throws Exception {
        KUBECONFIG.close();
    }

    @Test
    void each_context_is_marked_and_check_on_an_unreachable_one_answers_in_one_sentence() {
        navigate("deploy/openai/gpt-oss-20b", DeployView.class);
        Select<String> cluster = cluster();
        // every context answers, the hanging one by the overview's timeout, without holding up the page meanwhile
        AccessTasks.awaitUntil(() -> !AccessTasks.loading(cluster), () -> roundTrip());

        var labels = cluster.getItemLabelGenerator();
        assertThat(labels.apply(TestKubeconfig.MOCK)).isEqualTo("mock · reachable");
        assertThat(labels.apply(TestKubeconfig.REFUSED)).isEqualTo("refused · unreachable");
        assertThat(labels.apply(TestKubeconfig.HANGING)).isEqualTo("hanging · unreachable");
        assertThat(cluster.getHelperText()).startsWith("Reachable, Kubernetes");
        assertThat(cluster.getElement().getAttribute("data-reachability")).isEqualTo("reachable");

        cluster.setValue(TestKubeconfig.REFUSED);
        String sentence = cluster.getHelperText();
        assertThat(sentence)
                .startsWith("Context refused: nothing answers at http://127.0.0.1:")
                .endsWith("(connection refused). Is the cluster running and the address right?");

        test(find(Button.class).id("check")).click();

        assertThat(AccessTasks.loading(getCurrentView()))
                .as("no call to a cluster known to be down")
                .isFalse();
        assertThat(find(Paragraph.class).id("deploy-error").getText()).isEqualTo(sentence);
        assertThat(find(Notification.class).withId("deploy-notice").all())
                .singleElement()
                .satisfies(n -> assertThat(n.getElement().getTextRecursively()).startsWith(sentence));
    }

    @SuppressWarnings("unchecked")
    private Select<String> cluster() {
        return find(Select.class).id("cluster");
    }
}
