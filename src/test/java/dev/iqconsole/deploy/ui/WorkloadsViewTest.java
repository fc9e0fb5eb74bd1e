package dev.iqconsole.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import dev.iqconsole.deploy.ApiServerDispatcher;
import dev.iqconsole.deploy.DeployService;
import dev.iqconsole.deploy.Fixtures;
import dev.iqconsole.deploy.HistoryEntry;
import dev.iqconsole.deploy.WorkloadSummary;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:workloadsview;DB_CLOSE_DELAY=-1")
class WorkloadsViewTest extends SpringBrowserlessTest {

    static final TestKubeconfig KUBECONFIG = TestKubeconfig.mockOnly();

    @DynamicPropertySource
    static void clusters(DynamicPropertyRegistry registry) {
        registry.add("iqconsole.cluster.kubeconfig", KUBECONFIG.file::toString);
    }

    @AfterAll
    static void stop() throws Exception {
        KUBECONFIG.close();
    }

    @Autowired
    DeployService deploys;

    @Test
    void workloads_show_profile_status_endpoint_logs_and_the_rollout_in_plain_words() {
        deploy("models", "gemma");
        deploy("team-a", "qwen");
        crashLoopingPod("models", "gemma", "gemma-5d8c9-x2k4q");
        KUBECONFIG.cluster.dispatcher.podLogs.put("models/gemma-5d8c9-x2k4q", """
                INFO 03-12 09:16:01 api_server.py:912] vLLM API server version 0.8.5
                huggingface_hub.utils._errors.GatedRepoError: 401 Client Error.
                Cannot access gated repo for url https://huggingface.co/google/gemma-2-9b-it/resolve/main/config.json.
                Access to model google/gemma-2-9b-it is restricted. You must have access to it and be authenticated.""");

        open("context=mock");
        assertThat(rows())
                .extracting(WorkloadSummary::namespace, WorkloadSummary::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("models", "gemma"),
                        org.assertj.core.groups.Tuple.tuple("team-a", "qwen"));

        open("context=mock&namespace=models");
        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(find(Select.class).id("workloads-namespace").getValue()).isEqualTo("models");
        WorkloadSummary gemma = grid.getRow(0);
        assertThat(gemma.status()).isEqualTo("0/1 ready");
        assertThat(gemma.profileText()).isEqualTo("gemma-2-9b-it / vllm / nvidia-l4");
        assertThat(grid.getCellText(0, 4)).isEqualTo("gemma-2-9b-it");
        assertThat(find(Div.class).withId("workload-detail").exists()).isFalse();

        grid.select(0);
        awaitLoaded();

        assertThat(find(Span.class).id("rollout-phase").getText()).isEqualTo("FAILING");
        assertThat(find(Div.class).id("rollout-diagnoses").getElement().getTextRecursively())
                .contains("Hugging Face refused the model download (401/403)", "Accept the license")
                .contains("Access to model google/gemma-2-9b-it is restricted");
        assertThat(find(Div.class).id("endpoint-url").getText())
                .isEqualTo("In the cluster: http://gemma.models.svc.cluster.local:8000");
        assertThat(find(Pre.class).id("port-forward").getText())
                .isEqualTo("kubectl --context mock -n models port-forward service/gemma 8000:8000");
        assertThat(find(Select.class).id("log-pod").getValue()).isEqualTo("gemma-5d8c9-x2k4q");
        assertThat(find(Pre.class).id("pod-logs").getText())
                .startsWith("INFO 03-12 09:16:01 api_server.py:912] vLLM API server version 0.8.5")
                .contains("GatedRepoError: 401 Client Error.");
    }

    @Test
    void delete_asks_first_then_removes_every_object_of_the_deployment_and_records_it() throws Exception {
        deploy("team-b", "llama");
        assertThat(KUBECONFIG.cluster.kubectl(
                        "get",
                        "deployments,services,horizontalpodautoscalers,podmonitorings",
                        "-n",
                        "team-b",
                        "-o",
                        "name"))
                .contains("deployment.apps/llama", "service/llama", "podmonitoring.monitoring.googleapis.com/llama");

        open("context=mock&namespace=team-b");
        test(grid()).select(0);
        awaitLoaded();
        test(find(Button.class).id("delete-workload")).click();
        var dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("Delete llama?");
        assertThat(test(dialog).getText()).contains("every object of llama in namespace team-b of context mock");

        test(dialog).cancel();
        assertThat(KUBECONFIG.cluster.kubectl("get", "deployments", "-n", "team-b", "-o", "name"))
                .as("cancel deletes nothing")
                .contains("deployment.apps/llama");

        test(find(Button.class).id("delete-workload")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        awaitLoaded();

        assertThat(KUBECONFIG.cluster.kubectl(
                        "get",
                        "deployments,services,horizontalpodautoscalers,podmonitorings",
                        "-n",
                        "team-b",
                        "-o",
                        "name"))
                .doesNotContain("llama");
        assertThat(KUBECONFIG.cluster.kubectl("get", "namespace", "team-b", "-o", "name"))
                .as("the namespace is shared and stays")
                .contains("namespace/team-b");
        assertThat(test(grid()).size()).isZero();
        HistoryEntry row = deploys.history(1).getFirst();
        assertThat(row)
                .extracting(
                        HistoryEntry::action,
                        HistoryEntry::context,
                        HistoryEntry::namespace,
                        HistoryEntry::deployment,
                        HistoryEntry::profile,
                        HistoryEntry::targets,
                        HistoryEntry::outcome)
                .containsExactly(
                        "DELETE",
                        "mock",
                        "team-b",
                        "llama",
                        "gemma-2-9b-it / vllm 0.8.5 / nvidia-l4",
                        "NTPOT <= 50 ms",
                        "SUCCEEDED");
        navigate(HistoryView.class);
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> history = find(Grid.class).id("history-grid");
        assertThat(test(history).getRow(0)).isEqualTo(row);
        assertThat(deploys.historyEntry(row.id()).orElseThrow().objects())
                .extracting(o -> o.kind() + " " + o.state())
                .containsExactlyInAnyOrder(
                        "HorizontalPodAutoscaler DELETED",
                        "PodMonitoring DELETED",
                        "Service DELETED",
                        "Deployment DELETED");
    }

    @Test
    void a_slow_cluster_keeps_only_the_workload_detail_waiting_not_the_page() {
        deploy("slow", "mistral");
        open("context=mock&namespace=slow");
        var slowPods = new ApiServerDispatcher.Fault(
                r -> r.getPath().startsWith("/api/v1/namespaces/slow/pods"), 0, "", Duration.ofSeconds(2), null);
        KUBECONFIG.cluster.dispatcher.faults.add(slowPods);
        try {
            long start = System.nanoTime();
            test(grid()).select(0);

            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("selecting a workload answers before the cluster does")
                    .isLessThan(Duration.ofSeconds(1));
            assertThat(find(Div.class).id("rollout-sentence").getText()).isEqualTo("Reading the rollout from mock…");

            awaitLoaded();
            assertThat(find(Span.class).id("rollout-phase").getText()).isNotIn("…", "UNKNOWN");
        } finally {
            KUBECONFIG.cluster.dispatcher.faults.remove(slowPods);
        }
    }

    @Test
    void an_unknown_context_in_the_address_is_named() {
        open("context=nope");

        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .id("workloads-problem")
                        .getText())
                .isEqualTo("There is no context named 'nope' in the kubeconfig; showing mock instead.");
        assertThat(find(Select.class).id("workloads-context").getValue()).isEqualTo("mock");
    }

    /** Opens workloads with a query string, as a link from another page would. */
    private void open(String query) {
        UI.getCurrent().navigate("workloads", QueryParameters.fromString(query));
        awaitLoaded();
    }

    /** The list, a workload's rollout and its logs are read off the UI thread. */
    private void awaitLoaded() {
        AccessTasks.awaitUntil(
                () -> !AccessTasks.loading(getCurrentView())
                        && find(Div.class).withId("workload-detail").all().stream()
                                .noneMatch(AccessTasks::loading),
                () -> roundTrip());
    }

    @SuppressWarnings("unchecked")
    private Grid<WorkloadSummary> grid() {
        return find(Grid.class).id("workloads-grid");
    }

    private java.util.List<WorkloadSummary> rows() {
        return grid().getGenericDataView().getItems().toList();
    }

    private void deploy(String namespace, String name) {
        var result = deploys.deploy(Fixtures.request(namespace, name, null), Fixtures.manifest(name));
        assertThat(result.complete()).as(result.summary()).isTrue();
    }

    private static void crashLoopingPod(String namespace, String app, String name) {
        KUBECONFIG
                .admin
                .pods()
                .inNamespace(namespace)
                .resource(new PodBuilder()
                        .withNewMetadata()
                        .withName(name)
                        .withNamespace(namespace)
                        .addToLabels("app", app)
                        .endMetadata()
                        .withNewSpec()
                        .addNewContainer()
                        .withName("inference-server")
                        .withImage("vllm/vllm-openai:v0.8.5")
                        .endContainer()
                        .endSpec()
                        .withNewStatus()
                        .withPhase("Running")
                        .addNewContainerStatus()
                        .withName("inference-server")
                        .withRestartCount(3)
                        .withNewState()
                        .withNewWaiting()
                        .withReason("CrashLoopBackOff")
                        .endWaiting()
                        .endState()
                        .withNewLastState()
                        .withNewTerminated()
                        .withExitCode(1)
                        .withReason("Error")
                        .endTerminated()
                        .endLastState()
                        .endContainerStatus()
                        .endStatus()
                        .build())
                .create();
    }
}
