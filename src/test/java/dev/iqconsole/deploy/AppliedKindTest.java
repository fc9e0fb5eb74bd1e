package dev.iqconsole.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iqconsole.manifest.Autoscaling;
import dev.iqconsole.manifest.DeploymentPlan;
import dev.iqconsole.manifest.Plans;
import dev.iqconsole.manifest.TargetPlatform;
import dev.iqconsole.profile.LatencyTargets;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Delete looks for exactly the kinds a deploy may apply: apply refuses any other. */
class AppliedKindTest {

    @Test
    void every_kind_the_generator_makes_is_one_delete_looks_for() {
        DeploymentPlan gke = Plans.withNamespace(Plans.gemmaOnL4(), "models");
        List<DeploymentPlan> variants = new ArrayList<>();
        for (DeploymentPlan plan : List.of(gke, Plans.withBucket(gke, "gs://models-bucket/gemma-2-27b-it"))) {
            variants.add(plan);
            variants.add(
                    Plans.withAutoscaling(plan, new LatencyTargets(50.0, null, null), Autoscaling.toMeetTarget(4, 12)));
        }
        variants.add(Plans.onPlatform(variants.get(1), TargetPlatform.KUBERNETES));

        List<String> kinds = variants.stream()
                .flatMap(plan -> Plans.generate(plan).objects().stream())
                .map(HasMetadata::getKind)
                .distinct()
                .toList();

        assertThat(kinds)
                .containsExactlyInAnyOrder(
                        "ServiceAccount",
                        "Deployment",
                        "Service",
                        "PodMonitoring",
                        "ServiceMonitor",
                        "HorizontalPodAutoscaler");
        assertThat(AppliedKind.deleteOrder()).extracting(AppliedKind::kind).containsAll(kinds);
    }

    @Test
    void delete_removes_in_the_reverse_of_the_apply_order_and_never_a_namespace() {
        assertThat(AppliedKind.deleteOrder())
                .extracting(AppliedKind::kind)
                .containsExactly(
                        "HorizontalPodAutoscaler",
                        "ServiceMonitor",
                        "PodMonitoring",
                        "GCPBackendPolicy",
                        "HealthCheckPolicy",
                        "HTTPRoute",
                        "Gateway",
                        "InferencePool",
                        "Service",
                        "Deployment",
                        "ConfigMap",
                        "RoleBinding",
                        "Role",
                        "ServiceAccount",
                        "Secret");
    }

    @Test
    void a_deploy_of_a_kind_delete_would_not_find_is_refused_before_anything_is_sent() throws Exception {
        try (var cluster = new MockCluster()) {
            var service = new DeployService(
                    context -> cluster.client, new DeployHistory(TestDatabase.migrated()), Fixtures.ANYONE);
            List<HasMetadata> objects = new ArrayList<>(Fixtures.manifest("gemma"));
            objects.add(new io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder()
                    .withNewMetadata()
                    .withName("gemma-config")
                    .endMetadata()
                    .build());

            assertThatThrownBy(() -> service.deploy(Fixtures.request("models", "gemma", null), objects))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("The console does not apply a StatefulSet (gemma-config)");
            assertThat(cluster.dispatcher.requests).isEmpty();
        }
    }
}
