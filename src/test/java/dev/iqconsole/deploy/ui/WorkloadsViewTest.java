package dev.iqconsole.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import dev.iqconsole.cluster.ui.AccessTasks;
import dev.iqconsole.cluster.ui.TestKubeconfig;
import dev.iqconsole.deploy.ApiServerDispatcher;
import dev.iqconsole.deploy.DeployRequest;
import dev.iqconsole.deploy.DeployService;
import dev.iqconsole.deploy.HfToken;
import dev.iqconsole.deploy.HistoryEntry;
import dev.iqconsole.deploy.ManagedLabels;
import dev.iqconsole.deploy.MockCluster;
import dev.iqconsole.deploy.RolloutStatus;
import dev.iqconsole.deploy.WorkloadSummary;
import dev.iqconsole.fixtures.ConsoleContext;
import dev.iqconsole.fixtures.GridColumns;
import dev.iqconsole.manifest.ManifestSet;
import dev.iqconsole.manifest.TargetPlatform;
import dev.iqconsole.profile.LatencyTargets;
import dev.iqconsole.profile.ProfileOrder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConsoleContext
@ViewPackages(packages = "dev.iqconsole")
class WorkloadsViewTest extends SpringBrowserlessTest {

    static final TestKubeconfig KUBECONFIG = TestKubeconfig.mockOnly();
    static final String TOKEN = "hf_WorkloadsViewTestToken0123456789";

    @AfterAll
    static void stop() throws Exception {
        KUBECONFIG.close();
    }

    @Autowired
    DeployService deploys;

    @Autowired
    DeployPlanner planner;

    @Test
    void a_deployed_workload_shows_its_rollout_pods_events_logs_and_endpoint_whatever_its_objects_are_called() {
        Deployed gemma = deploy("models", "google/gemma-2-27b-it", null, null);
        Deployed gptOss = deploy("models", "openai/gpt-oss-20b", null, null);
        String pod = gemma.deploymentName() + "-5d8c9f7b6-x2k4q";
        runPod(gemma, pod, crashLooping());
        runPod(
                gptOss,
                gptOss.deploymentName() + "-7f9b8c6d5-h7p2m",
                new PodStatusBuilder().withPhase("Pending").build());
        event(pod, "Warning", "BackOff", "Back-off restarting failed container inference-server");
        event(gptOss.deploymentName() + "-7f9b8c6d5-h7p2m", "Warning", "FailedScheduling", "0/3 nodes are available");
        KUBECONFIG.cluster.dispatcher.previousPodLogs.put("models/" + pod, """
                INFO 03-12 09:16:01 api_server.py:912] vLLM API server version 0.7.2
                huggingface_hub.utils._errors.GatedRepoError: 401 Client Error.
                Cannot access gated repo for url https://huggingface.co/google/gemma-2-27b-it/resolve/main/config.json.
                Access to model google/gemma-2-27b-it is restricted. You must have access to it and be authenticated.""");
        KUBECONFIG.cluster.dispatcher.podLogs.put("models/" + pod, "INFO 03-12 09:21:40 api_server.py:912] starting");

        // the link a finished deploy shows
        open("context=mock&namespace=models&deployment=" + gemma.request().deployment());

        assertThat(gemma.deploymentName())
                .as("the generator's name is not the label the console finds it by")
                .isEqualTo("gemma-2-27b-it-vllm-deployment")
                .isNotEqualTo(gemma.request().deployment());
        assertThat(rows()).extracting(WorkloadSummary::name).containsExactly("gemma-2-27b-it-vllm", "gpt-oss-20b-vllm");
        assertThat(test(grid()).getRow(0).profileText()).isEqualTo("gemma-2-27b-it / vllm / nvidia-h100-80gb");
        // no serving stack: the deploy page's words for that choice, not an empty cell
        assertThat(test(grid())
                        .getCellComponent(0, GridColumns.index(grid(), "Serving stack"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("vllm alone");
        assertThat(find(Span.class).id("rollout-phase").getText()).isEqualTo("FAILING");
        assertThat(find(Div.class).id("rollout-diagnoses").getElement().getTextRecursively())
                .contains("Hugging Face refused the model download (401/403)", "Accept the license")
                .contains("Access to model google/gemma-2-27b-it is restricted");
        assertThat(test(pods()).size()).isOne();
        assertThat(test(pods()).getRow(0))
                .extracting(RolloutStatus.PodRow::name, RolloutStatus.PodRow::state, RolloutStatus.PodRow::restarts)
                .containsExactly(pod, "Running (CrashLoopBackOff)", 3);
        assertThat(test(events()).size())
                .as("the neighbour's events are not this workload's")
                .isOne();
        assertThat(test(events()).getRow(0))
                .extracting(RolloutStatus.EventRow::object, RolloutStatus.EventRow::reason)
                .containsExactly("Pod/" + pod, "BackOff");
        assertThat(find(Div.class).id("endpoint-url").getText())
                .isEqualTo("In the cluster: http://gemma-2-27b-it-vllm-service.models.svc.cluster.local:8000");
        assertThat(find(Pre.class).id("port-forward").getText())
                .isEqualTo(
                        "kubectl --context mock -n models port-forward service/gemma-2-27b-it-vllm-service 8000:8000");
        @SuppressWarnings("unchecked")
        Select<String> logPod = find(Select.class).id("log-pod");
        assertThat(logPod.getListDataView().getItems()).containsExactly(pod);
        assertThat(find(Pre.class).id("pod-logs").getText()).isEqualTo("""
                        ── previous container (exit code 1 (Error), 3 restarts) ──
                        INFO 03-12 09:16:01 api_server.py:912] vLLM API server version 0.7.2
                        huggingface_hub.utils._errors.GatedRepoError: 401 Client Error.
                        Cannot access gated repo for url https://huggingface.co/google/gemma-2-27b-it/resolve/main/config.json.
                        Access to model google/gemma-2-27b-it is restricted. You must have access to it and be authenticated.
                        ── current container ──
                        INFO 03-12 09:21:40 api_server.py:912] starting""");
        assertThat(KUBECONFIG.cluster.dispatcher.requests)
                .as("events are read per object, not for the whole namespace")
                .noneMatch(r -> r.startsWith("GET /api/v1/namespaces/models/events") && !r.contains("fieldSelector"));

        // the address names the open workload; a navigation to it (what Vaadin's router can make of the address the
        // page wrote while a link's navigation settles) neither reads the list again nor closes the detail
        var address = ((WorkloadsView) getCurrentView()).location();
        assertThat(address.getPathWithQueryParameters())
                .isEqualTo("workloads?context=mock&namespace=models&deployment=gemma-2-27b-it-vllm");
        long lists = workloadLists();
        UI.getCurrent().navigate(address.getPath(), address.getQueryParameters());
        awaitLoaded();
        assertThat(workloadLists()).isEqualTo(lists);
        assertThat(find(Div.class).id("workload-detail").isVisible()).isTrue();
        assertThat(find(Span.class).id("rollout-phase").getText()).isEqualTo("FAILING");
        assertThat(grid().asSingleSelect().getValue().name()).isEqualTo("gemma-2-27b-it-vllm");
    }

    private static long workloadLists() {
        return KUBECONFIG.cluster.dispatcher.requests.stream()
                .filter(r -> r.startsWith("GET /apis/apps/v1/deployments"))
                .count();
    }

    @Test
    void delete_asks_first_then_removes_every_object_the_deploy_applied_and_records_it() throws Exception {
        // the platform team's namespace, not the console's (kubectl would send protobuf, which the mock cannot read)
        KUBECONFIG
                .admin
                .namespaces()
                .resource(new NamespaceBuilder()
                        .withNewMetadata()
                        .withName("team-b")
                        .endMetadata()
                        .build())
                .create();
        Deployed gemma = deploy("team-b", "google/gemma-2-27b-it", null, null);
        Deployed gptOss = deploy("team-b", "openai/gpt-oss-20b", "gs://team-b-models/gpt-oss-20b", 100.0);
        String workload = gptOss.request().deployment();
        String kinds = "serviceaccounts,secrets,deployments,services,podmonitorings,horizontalpodautoscalers";
        assertThat(KUBECONFIG
                        .cluster
                        .kubectl("get", kinds, "-n", "team-b", "-l", labelled(workload), "-o", "name")
                        .lines())
                .containsExactlyInAnyOrder(
                        "serviceaccount/gpt-oss-20b-vllm-sa",
                        "deployment.apps/gpt-oss-20b-vllm-deployment",
                        "service/gpt-oss-20b-vllm-service",
                        "podmonitoring.monitoring.googleapis.com/gpt-oss-20b-vllm-podmonitoring",
                        "horizontalpodautoscaler.autoscaling/gpt-oss-20b-vllm-hpa");

        open("context=mock&namespace=team-b&deployment=" + workload);
        test(find(Button.class).id("delete-workload")).click();
        var dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("Delete gpt-oss-20b-vllm?");
        assertThat(test(dialog).getText())
                .contains("every object of gpt-oss-20b-vllm in namespace team-b of context mock");

        test(dialog).cancel();
        assertThat(KUBECONFIG.cluster.kubectl("get", "deployments", "-n", "team-b", "-o", "name"))
                .as("cancel deletes nothing")
                .contains("deployment.apps/gpt-oss-20b-vllm-deployment");

        test(find(Button.class).id("delete-workload")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        awaitLoaded();

        for (String selector : List.of(labelled(workload), "app.kubernetes.io/instance=" + workload)) {
            assertThat(KUBECONFIG.cluster.kubectl("get", kinds, "-n", "team-b", "-l", selector, "-o", "name"))
                    .as("nothing labelled %s remains", selector)
                    .isBlank();
        }
        assertThat(KUBECONFIG.cluster.kubectl("get", "namespace", "team-b", "-o", "name"))
                .as("the namespace is not the console's and stays")
                .contains("namespace/team-b");
        assertThat(KUBECONFIG.cluster.kubectl("get", "secret", "hf-secret", "-n", "team-b", "-o", "name"))
                .as("the token is shared and stays")
                .contains("secret/hf-secret");
        assertThat(KUBECONFIG
                        .cluster
                        .kubectl(
                                "get",
                                kinds,
                                "-n",
                                "team-b",
                                "-l",
                                labelled(gemma.request().deployment()),
                                "-o",
                                "name")
                        .lines())
                .as("the other workload in the namespace stays")
                .containsExactlyInAnyOrder(
                        "deployment.apps/gemma-2-27b-it-vllm-deployment",
                        "service/gemma-2-27b-it-vllm-service",
                        "podmonitoring.monitoring.googleapis.com/gemma-2-27b-it-vllm-podmonitoring");
        assertThat(rows()).extracting(WorkloadSummary::name).containsExactly("gemma-2-27b-it-vllm");
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
                        HistoryEntry.Action.DELETE,
                        "mock",
                        "team-b",
                        "gpt-oss-20b-vllm",
                        gptOss.request().profile(),
                        gptOss.request().targets(),
                        HistoryEntry.Outcome.SUCCEEDED);
        navigate(HistoryView.class);
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> history = find(Grid.class).id("history-grid");
        assertThat(test(history).getRow(0)).isEqualTo(row);
        assertThat(deploys.historyEntry(row.id()).orElseThrow().objects())
                .extracting(o -> o.kind() + " " + o.name() + " " + o.state())
                .containsExactly(
                        "HorizontalPodAutoscaler gpt-oss-20b-vllm-hpa DELETED",
                        "PodMonitoring gpt-oss-20b-vllm-podmonitoring DELETED",
                        "Service gpt-oss-20b-vllm-service DELETED",
                        "Deployment gpt-oss-20b-vllm-deployment DELETED",
                        "ServiceAccount gpt-oss-20b-vllm-sa DELETED");
    }

    @Test
    void a_slow_cluster_keeps_only_the_workload_detail_waiting_not_the_page() {
        deploy("slow", "openai/gpt-oss-20b", null, null);
        open("context=mock&namespace=slow");
        // the cluster holds its answer about the pods until the page has shown that it waits for it: had selecting
        // the workload waited for the cluster, the select would hang until the hold's 30 s end and fail below
        var answer = new CountDownLatch(1);
        var slowPods = new ApiServerDispatcher.Fault(
                r -> r.getPath().startsWith("/api/v1/namespaces/slow/pods"), 0, "", Duration.ZERO, () -> {
                    try {
                        answer.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        KUBECONFIG.cluster.dispatcher.faults.add(slowPods);
        try {
            test(grid()).select(0);

            assertThat(find(Div.class).id("rollout-sentence").getText())
                    .as("selecting a workload answers before the cluster does")
                    .isEqualTo("Reading the rollout from mock…");

            answer.countDown();
            awaitLoaded();
            assertThat(find(Span.class).id("rollout-phase").getText()).isNotIn("…", "UNKNOWN");
        } finally {
            answer.countDown();
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
                                .noneMatch(AccessTasks::loading)
                        // the logs are asked for only once the rollout is read: wait for them too
                        && find(Pre.class).withId("pod-logs").all().stream()
                                .noneMatch(logs -> logs.getText().startsWith("Reading the logs")),
                () -> roundTrip());
    }

    @SuppressWarnings("unchecked")
    private Grid<WorkloadSummary> grid() {
        return find(Grid.class).id("workloads-grid");
    }

    private java.util.List<WorkloadSummary> rows() {
        return grid().getGenericDataView().getItems().toList();
    }

    /** A deploy as the deploy page makes it: the planner's plan, the real generator's objects, the real service. */
    private record Deployed(DeployRequest request, ManifestSet manifests) {

        String deploymentName() {
            return DeployPlanner.deploymentOf(manifests).getMetadata().getName();
        }
    }

    private Deployed deploy(String namespace, String model, String bucket, Double ntpotMs) {
        var choice = new DeployChoice(
                model,
                null,
                new LatencyTargets(ntpotMs, null, null),
                "spot",
                ProfileOrder.RECOMMENDED,
                "vllm",
                null,
                null,
                "nvidia-h100-80gb",
                namespace,
                null,
                bucket,
                TargetPlatform.GKE,
                null,
                ntpotMs != null,
                3,
                null,
                null);
        DeployOutlook outlook = planner.outlook(choice);
        assertThat(outlook.deployable())
                .as(outlook.problems() + outlook.targetComment())
                .isTrue();
        boolean needsToken = bucket == null && outlook.resolved().plan().model().gated();
        DeployRequest request =
                planner.deployRequest(MockCluster.CONTEXT, outlook, needsToken ? HfToken.of(TOKEN) : HfToken.none());
        var result = deploys.deploy(request, outlook.manifests().objects());
        assertThat(result.complete()).as(result.summary()).isTrue();
        return new Deployed(request, outlook.manifests());
    }

    /** A pod as the Deployment's ReplicaSet makes it: the generated template's labels and spec, under a new name. */
    private static void runPod(Deployed workload, String name, PodStatus status) {
        var template =
                DeployPlanner.deploymentOf(workload.manifests()).getSpec().getTemplate();
        KUBECONFIG
                .admin
                .pods()
                .inNamespace(workload.request().namespace())
                .resource(new PodBuilder()
                        .withNewMetadata()
                        .withName(name)
                        .withNamespace(workload.request().namespace())
                        .withLabels(template.getMetadata().getLabels())
                        .endMetadata()
                        .withSpec(template.getSpec())
                        .withStatus(status)
                        .build())
                .create();
    }

    private static PodStatus crashLooping() {
        return new PodStatusBuilder()
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
                .build();
    }

    private static void event(String pod, String type, String reason, String message) {
        KUBECONFIG
                .admin
                .v1()
                .events()
                .inNamespace("models")
                .resource(new EventBuilder()
                        .withNewMetadata()
                        .withName(pod + "." + reason.toLowerCase())
                        .withNamespace("models")
                        .endMetadata()
                        .withNewInvolvedObject()
                        .withKind("Pod")
                        .withName(pod)
                        .withNamespace("models")
                        .endInvolvedObject()
                        .withType(type)
                        .withReason(reason)
                        .withMessage(message)
                        .withCount(5)
                        .withLastTimestamp("2026-03-12T09:21:40Z")
                        .build())
                .create();
    }

    private static String labelled(String workload) {
        return ManagedLabels.DEPLOYMENT + "=" + workload;
    }

    @SuppressWarnings("unchecked")
    private Grid<RolloutStatus.PodRow> pods() {
        return find(Grid.class).id("workload-pods");
    }

    @SuppressWarnings("unchecked")
    private Grid<RolloutStatus.EventRow> events() {
        return find(Grid.class).id("workload-events");
    }
}
