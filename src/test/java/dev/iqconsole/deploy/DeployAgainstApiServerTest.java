package dev.iqconsole.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.iqconsole.deploy.ObjectOutcome.State;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deploys through the service to an API server on real HTTP and reads the result back with kubectl. */
class DeployAgainstApiServerTest {

    MockCluster cluster;
    JdbcClient jdbc;
    DeployService service;
    ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void start() throws Exception {
        cluster = new MockCluster();
        jdbc = TestDatabase.migrated();
        service = new DeployService(context -> cluster.client, new DeployHistory(jdbc), Fixtures.ANYONE);
        logs.start();
        root().addAppender(logs);
    }

    @AfterEach
    void stop() throws Exception {
        root().detachAppender(logs);
        cluster.close();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @Test
    void a_deploy_applies_every_object_in_order_and_kubectl_reads_them_back() throws Exception {
        ApplyResult result =
                service.deploy(Fixtures.request("models", "gemma", Fixtures.TOKEN), Fixtures.manifest("gemma"));

        assertThat(result.complete()).as(result.summary()).isTrue();
        assertThat(result.objects())
                .extracting(ObjectOutcome::kind)
                .containsExactly(
                        "Namespace", "Secret", "Deployment", "Service", "PodMonitoring", "HorizontalPodAutoscaler");

        Deployment fromKubectl = new KubernetesSerialization()
                .unmarshal(
                        cluster.kubectl("get", "deployment", "gemma-deployment", "-n", "models", "-o", "json"),
                        Deployment.class);
        assertThat(fromKubectl.getMetadata().getLabels())
                .containsEntry(ManagedLabels.MANAGED_BY, ManagedLabels.CONSOLE)
                .containsEntry(ManagedLabels.DEPLOYMENT, "gemma");
        assertThat(fromKubectl
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .getFirst()
                        .getResources()
                        .getLimits())
                .containsEntry("nvidia.com/gpu", new Quantity("1"));
        assertThat(cluster.kubectl("get", "namespace", "models", "-o", "jsonpath={.metadata.name}"))
                .isEqualTo("models");
        String token =
                cluster.kubectl("get", "secret", "hf-secret", "-n", "models", "-o", "jsonpath={.data.hf_api_token}");
        assertThat(new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8))
                .isEqualTo(Fixtures.TOKEN);
        assertThat(cluster.kubectl(
                        "get",
                        "podmonitorings",
                        "gemma-podmonitoring",
                        "-n",
                        "models",
                        "-o",
                        "jsonpath={.spec.endpoints[0].port}"))
                .isEqualTo("8000");
        assertThat(cluster.kubectl(
                        "get",
                        "horizontalpodautoscalers",
                        "gemma-hpa",
                        "-n",
                        "models",
                        "-o",
                        "jsonpath={.spec.maxReplicas}"))
                .isEqualTo("4");
        assertThat(cluster.dispatcher.requests)
                .anyMatch(r -> r.startsWith("PATCH") && r.contains("fieldManager=inference-quickstart-console"));

        HistoryEntry entry = service.historyEntry(result.historyId()).orElseThrow();
        assertThat(entry.action()).isEqualTo(HistoryEntry.Action.DEPLOY);
        assertThat(entry.outcome()).isEqualTo(HistoryEntry.Outcome.SUCCEEDED);
        assertThat(entry.objects()).extracting(ObjectOutcome::state).containsOnly(State.APPLIED);
        assertThat(entry.appliedYaml()).contains("kind: Deployment").contains("hf_api_token: <redacted>");
        assertThat(service.diff(result.historyId()))
                .contains("+ kind: Namespace", "+     " + ManagedLabels.DEPLOYMENT + ": gemma");
    }

    @Test
    void the_token_never_reaches_the_history_or_the_logs() {
        var request = Fixtures.request("models", "gemma", Fixtures.TOKEN);
        service.check(request, Fixtures.manifest("gemma"));
        service.deploy(request, Fixtures.manifest("gemma"));
        cluster.dispatcher.faults.add(new ApiServerDispatcher.Fault(
                r -> r.getMethod().equals("PATCH")
                        && r.getPath().contains("/secrets/")
                        && !r.getPath().contains("dryRun"),
                500,
                "etcd unavailable",
                Duration.ZERO,
                null));
        service.retry(request, Fixtures.manifest("gemma"));
        service.delete(MockCluster.CONTEXT, "models", "gemma");

        String encoded = Base64.getEncoder().encodeToString(Fixtures.TOKEN.getBytes(StandardCharsets.UTF_8));
        List<Map<String, Object>> rows =
                jdbc.sql("SELECT * FROM deploy_history").query().listOfRows();
        List<Map<String, Object>> objects =
                jdbc.sql("SELECT * FROM deploy_history_object").query().listOfRows();
        assertThat(rows).hasSize(4);
        assertThat(rows.toString() + objects).doesNotContain(Fixtures.TOKEN).doesNotContain(encoded);
        assertThat(logs.list).isNotEmpty();
        assertThat(logs.list)
                .allSatisfy(e -> assertThat(e.getFormattedMessage() + e.getThrowableProxy())
                        .doesNotContain(Fixtures.TOKEN)
                        .doesNotContain(encoded));
        assertThat(request.toString()).doesNotContain(Fixtures.TOKEN);
    }

    @Test
    void preflight_passes_on_a_ready_cluster_and_names_what_is_missing() {
        cluster.client
                .nodes()
                .resource(new NodeBuilder()
                        .withNewMetadata()
                        .withName("gpu-node-1")
                        .addToLabels("cloud.google.com/gke-accelerator", "nvidia-l4")
                        .endMetadata()
                        .withNewStatus()
                        .addToAllocatable(
                                Map.of("nvidia.com/gpu", new Quantity("1"), "ephemeral-storage", new Quantity("200Gi")))
                        .endStatus()
                        .build())
                .create();
        cluster.dispatcher.servedGroups.add("custom.metrics.k8s.io");

        PreflightReport ready =
                service.check(Fixtures.request("models", "gemma", Fixtures.TOKEN), Fixtures.manifest("gemma"));
        assertThat(ready.canDeploy()).as(ready.findings().toString()).isTrue();
        assertThat(ready.findings())
                .filteredOn(f -> f.check().equals("Accelerator nodes"))
                .singleElement()
                .extracting(Finding::severity)
                .isEqualTo(Severity.PASS);
        assertThat(cluster.client.namespaces().withName("models").get())
                .as("check changes nothing")
                .isNull();

        cluster.dispatcher.servedGroups.remove("monitoring.googleapis.com");
        cluster.dispatcher.servedGroups.remove("custom.metrics.k8s.io");
        cluster.dispatcher.deniedResources.add("deployments");
        PreflightReport broken = service.check(Fixtures.request("models", "gemma", null), Fixtures.manifest("gemma"));
        assertThat(broken.canDeploy()).isFalse();
        assertThat(broken.findings())
                .filteredOn(f -> f.severity() == Severity.FAIL)
                .extracting(Finding::sentence)
                .anyMatch(s -> s.contains("no PodMonitoring API"))
                .anyMatch(s -> s.contains("custom.metrics.k8s.io"))
                .anyMatch(s -> s.equals("You may not create or patch deployments in namespace models."))
                .anyMatch(s -> s.contains("no Secret hf-secret"));
        assertThat(service.history(10))
                .extracting(HistoryEntry::outcome)
                .containsExactly(HistoryEntry.Outcome.FAILED, HistoryEntry.Outcome.SUCCEEDED);
    }

    @Test
    void workloads_are_listed_by_label_and_deleted_with_all_their_objects() throws Exception {
        service.deploy(Fixtures.request("models", "gemma", Fixtures.TOKEN), Fixtures.manifest("gemma"));
        service.deploy(Fixtures.request("team-b", "llama", null), Fixtures.manifest("llama"));

        assertThat(service.workloads(MockCluster.CONTEXT))
                .extracting(WorkloadSummary::namespace, WorkloadSummary::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("models", "gemma"),
                        org.assertj.core.groups.Tuple.tuple("team-b", "llama"));
        assertThat(service.workloads(MockCluster.CONTEXT).getFirst().profile()).containsEntry("model", "gemma-2-9b-it");
        assertThat(service.endpoint(MockCluster.CONTEXT, "models", "gemma"))
                .get()
                .extracting(Endpoint::inClusterUrl, Endpoint::portForwardCommand)
                .containsExactly(
                        "http://gemma-service.models.svc.cluster.local:8000",
                        "kubectl --context mock -n models port-forward service/gemma-service 8000:8000");

        ApplyResult deleted = service.delete(MockCluster.CONTEXT, "models", "gemma");
        assertThat(deleted.objects())
                .extracting(ObjectOutcome::kind, ObjectOutcome::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HorizontalPodAutoscaler", State.DELETED),
                        org.assertj.core.groups.Tuple.tuple("PodMonitoring", State.DELETED),
                        org.assertj.core.groups.Tuple.tuple("Service", State.DELETED),
                        org.assertj.core.groups.Tuple.tuple("Deployment", State.DELETED));
        assertThat(cluster.kubectl("get", "deployments", "-A", "-o", "name").strip())
                .isEqualTo("deployment.apps/llama-deployment");
        assertThat(cluster.kubectl("get", "secret", "hf-secret", "-n", "models", "-o", "name")
                        .strip())
                .as("the shared secret stays")
                .isEqualTo("secret/hf-secret");
    }
}
