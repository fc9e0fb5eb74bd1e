package dev.iqconsole.cluster.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import dev.iqconsole.cluster.AcceleratorPool;
import dev.iqconsole.fixtures.ConsoleContext;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@ConsoleContext
@ViewPackages(packages = "dev.iqconsole")
class ClustersViewTest extends SpringBrowserlessTest {

    static final TestKubeconfig KUBECONFIG = TestKubeconfig.withFailingContexts();

    @BeforeAll
    static void nodes() {
        node("gpu-a", "cloud.google.com/gke-accelerator", "nvidia-l4", "nvidia.com/gpu", "1");
        node("gpu-b", "cloud.google.com/gke-accelerator", "nvidia-l4", "nvidia.com/gpu", "2");
        node("tpu-a", "cloud.google.com/gke-tpu-accelerator", "tpu-v6e-slice", "google.com/tpu", "4");
        node("cpu-a", "kubernetes.io/os", "linux", "cpu", "8");
    }

    @AfterAll
    static void stop() throws Exception {
        KUBECONFIG.close();
    }

    /**
     * Every context's card, and that the black-holed one holds up neither the page nor the others, in one visit: that
     * context answers only by the console's timeout (connect plus request timeout of the shared test context), which a
     * second visit would wait out again.
     */
    @Test
    void every_context_is_listed_with_its_accelerators_or_why_not_and_a_hanging_one_holds_up_nothing() {
        navigate(ClustersView.class);
        assertThat(card(TestKubeconfig.HANGING).stateText())
                .as("the page is there before the black-holed context has answered")
                .isEqualTo("Checking…");

        AccessTasks.awaitUntil(() -> card(TestKubeconfig.MOCK).stateText().equals("Reachable"), () -> roundTrip());
        assertThat(card(TestKubeconfig.HANGING).stateText())
                .as("the black-holed context is still being checked while the others are shown")
                .isEqualTo("Checking…");

        awaitChecks();
        assertThat(card(TestKubeconfig.HANGING).stateText()).isEqualTo("Unreachable");
        assertThat(card(TestKubeconfig.HANGING).messageText()).contains("did not answer");

        assertThat(find(ClustersCard.class).all())
                .extracting(c -> c.getElement().getAttribute("data-context"))
                .containsExactly(
                        TestKubeconfig.MOCK,
                        TestKubeconfig.REFUSED,
                        TestKubeconfig.NO_PLUGIN,
                        TestKubeconfig.EXPIRED,
                        TestKubeconfig.HANGING);

        ClustersCard mock = card(TestKubeconfig.MOCK);
        assertThat(mock.stateText()).isEqualTo("Reachable");
        assertThat(mock.messageText()).isEqualTo("Reachable, Kubernetes v1.32.4-mock, 4 nodes.");
        assertThat(fact(mock, "Server")).isEqualTo("http://127.0.0.1:" + KUBECONFIG.cluster.server.getPort());
        assertThat(fact(mock, "Default namespace")).isEqualTo("default");
        assertThat(mock.acceleratorGrid().getGenericDataView().getItems())
                .extracting(
                        AcceleratorPool::accelerator,
                        AcceleratorPool::resource,
                        AcceleratorPool::nodes,
                        AcceleratorPool::allocatablePerNodeMax,
                        AcceleratorPool::allocatableTotal)
                .containsExactly(
                        tuple("nvidia-l4", "nvidia.com/gpu", 2, 2L, 3L),
                        tuple("tpu-v6e-slice", "google.com/tpu", 1, 4L, 4L));

        assertThat(test(mock.acceleratorGrid()).getCellText(0, 0))
                .isEqualTo("cloud.google.com/gke-accelerator=nvidia-l4");
        assertThat(test(mock.acceleratorGrid()).getCellText(0, 5)).isEqualTo("gpu-a, gpu-b");
        assertThat(test(mock.acceleratorGrid()).getCellText(1, 5)).isEqualTo("tpu-a");

        assertThat(card(TestKubeconfig.REFUSED).stateText()).isEqualTo("Unreachable");
        assertThat(card(TestKubeconfig.REFUSED).messageText()).contains("(connection refused)");
        assertThat(card(TestKubeconfig.NO_PLUGIN).messageText())
                .contains("exec plugin 'aws-iam-authenticator'", "not installed", "AWS EKS documentation");
        assertThat(fact(card(TestKubeconfig.NO_PLUGIN), "Credential plugin")).isEqualTo("aws-iam-authenticator");
        assertThat(card(TestKubeconfig.EXPIRED).messageText())
                .contains("rejected the credentials (401 Unauthorized)", "expired");
        assertThat(fact(card(TestKubeconfig.EXPIRED), "Default namespace")).isEqualTo("models");
    }

    private ClustersCard card(String context) {
        return find(ClustersCard.class).withAttribute("data-context", context).single();
    }

    private static String fact(ClustersCard card, String label) {
        return card.getElement()
                .getChildren()
                .flatMap(e -> e.getChildren())
                .flatMap(e -> e.getChildren())
                .filter(e -> label.equals(e.getAttribute("data-fact")))
                .findFirst()
                .orElseThrow()
                .getText();
    }

    private void awaitChecks() {
        AccessTasks.awaitUntil(
                () -> find(ClustersCard.class).all().stream()
                        .noneMatch(c -> "checking".equals(c.getElement().getAttribute("data-state"))),
                () -> roundTrip());
    }

    private static void node(String name, String labelKey, String labelValue, String resource, String count) {
        KUBECONFIG
                .admin
                .nodes()
                .resource(new NodeBuilder()
                        .withNewMetadata()
                        .withName(name)
                        .addToLabels(labelKey, labelValue)
                        .endMetadata()
                        .withNewStatus()
                        .addToAllocatable(Map.of(resource, new Quantity(count)))
                        .endStatus()
                        .build())
                .create();
    }
}
