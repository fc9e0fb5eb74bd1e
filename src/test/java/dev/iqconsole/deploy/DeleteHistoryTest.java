package dev.iqconsole.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.manifest.Autoscaling;
import dev.iqconsole.manifest.DeploymentPlan;
import dev.iqconsole.manifest.ManifestSet;
import dev.iqconsole.manifest.Plans;
import dev.iqconsole.manifest.TargetPlatform;
import dev.iqconsole.profile.LatencyTargets;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A delete removes every object a deploy of the real generator applied, of every kind, found by the console's label;
 * it names what it deleted in the history, even when the console's history has no deploy of it.
 */
class DeleteHistoryTest {

    /** Every kind the generator makes on GKE: service account (Cloud Storage), monitor and autoscaler. */
    static final DeploymentPlan EVERYTHING_ON_GKE = Plans.withAutoscaling(
            Plans.withBucket(Plans.withNamespace(Plans.gemmaOnL4(), "models"), "gs://models-bucket/gemma-2-27b-it"),
            new LatencyTargets(50.0, null, null),
            Autoscaling.toMeetTarget(4, 12));

    MockCluster cluster;
    DeployService service;

    @BeforeEach
    void start() throws Exception {
        cluster = new MockCluster();
        service = new DeployService(
                context -> cluster.client, new DeployHistory(TestDatabase.migrated()), Fixtures.ANYONE);
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
    }

    @Test
    void a_workload_deployed_elsewhere_is_recorded_with_the_profile_its_labels_give() {
        // e.g. deployed by another console instance, or before the history was reset
        ManifestSet generated = Plans.generate(EVERYTHING_ON_GKE);
        var request = Fixtures.requestFor(generated, null);
        DeployObjects.prepare(request, generated.objects(), false).stream()
                .filter(o -> !o.getKind().equals("PodMonitoring"))
                .forEach(o -> cluster.client.resource(o).create());

        ApplyResult deleted = service.delete(MockCluster.CONTEXT, "models", request.deployment());

        HistoryEntry row = service.historyEntry(deleted.historyId()).orElseThrow();
        assertThat(row)
                .extracting(HistoryEntry::action, HistoryEntry::profile, HistoryEntry::targets, HistoryEntry::outcome)
                .containsExactly(
                        HistoryEntry.Action.DELETE,
                        "gemma-2-27b-it / vllm / nvidia-l4",
                        "",
                        HistoryEntry.Outcome.SUCCEEDED);
        assertThat(row.objects())
                .extracting(o -> o.kind() + " " + o.name())
                .containsExactly(
                        "HorizontalPodAutoscaler gemma-2-27b-it-vllm-hpa",
                        "Service gemma-2-27b-it-vllm-service",
                        "Deployment gemma-2-27b-it-vllm-deployment",
                        "ServiceAccount gemma-2-27b-it-vllm-sa");
    }

    @Test
    void delete_on_plain_kubernetes_removes_the_service_monitor_too_and_leaves_the_namespace() throws Exception {
        cluster.dispatcher.servedGroups.add("monitoring.coreos.com");
        cluster.client
                .namespaces()
                .resource(new NamespaceBuilder()
                        .withNewMetadata()
                        .withName("models")
                        .endMetadata()
                        .build())
                .create();
        // no Cloud Storage FUSE off GKE, so no service account
        ManifestSet generated = Plans.generate(Plans.onPlatform(
                Plans.withAutoscaling(
                        Plans.withNamespace(Plans.gemmaOnL4(), "models"),
                        new LatencyTargets(50.0, null, null),
                        Autoscaling.toMeetTarget(4, 12)),
                TargetPlatform.KUBERNETES));
        var request = Fixtures.requestFor(generated, Fixtures.TOKEN);
        ApplyResult deployed = service.deploy(request, generated.objects());
        assertThat(deployed.complete()).as(deployed.summary()).isTrue();
        String kinds = "serviceaccounts,secrets,deployments,services,servicemonitors,horizontalpodautoscalers";
        String selector = ManagedLabels.DEPLOYMENT + "=" + request.deployment();
        assertThat(cluster.kubectl("get", kinds, "-n", "models", "-l", selector, "-o", "name")
                        .lines())
                .containsExactlyInAnyOrder(
                        "deployment.apps/gemma-2-27b-it-vllm-deployment",
                        "service/gemma-2-27b-it-vllm-service",
                        "servicemonitor.monitoring.coreos.com/gemma-2-27b-it-vllm-servicemonitor",
                        "horizontalpodautoscaler.autoscaling/gemma-2-27b-it-vllm-hpa");

        ApplyResult deleted = service.delete(MockCluster.CONTEXT, "models", request.deployment());

        assertThat(deleted.objects())
                .extracting(o -> o.kind() + " " + o.state())
                .containsExactly(
                        "HorizontalPodAutoscaler DELETED",
                        "ServiceMonitor DELETED",
                        "Service DELETED",
                        "Deployment DELETED");
        assertThat(cluster.kubectl("get", kinds, "-n", "models", "-l", selector, "-o", "name"))
                .isBlank();
        assertThat(cluster.kubectl("get", "namespace,secrets", "-n", "models", "-o", "name")
                        .lines())
                .as("the namespace was there before, and the token is shared")
                .containsExactly("namespace/models", "secret/hf-secret");
    }
}
