package dev.iqconsole.deploy;

import dev.iqconsole.cluster.NodeAccelerators;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The model workloads this console manages, found by label. */
final class Workloads {

    private Workloads() {}

    static List<WorkloadSummary> list(KubernetesClient client, Clock clock) {
        return client
                .apps()
                .deployments()
                .inAnyNamespace()
                .withLabel(ManagedLabels.MANAGED_BY, ManagedLabels.CONSOLE)
                .list()
                .getItems()
                .stream()
                .map(d -> summary(d, clock))
                .sorted(Comparator.comparing(WorkloadSummary::namespace).thenComparing(WorkloadSummary::name))
                .toList();
    }

    static WorkloadSummary summary(Deployment d, Clock clock) {
        int desired = d.getSpec() == null || d.getSpec().getReplicas() == null
                ? 1
                : d.getSpec().getReplicas();
        int ready = d.getStatus() == null || d.getStatus().getReadyReplicas() == null
                ? 0
                : d.getStatus().getReadyReplicas();
        String created = d.getMetadata().getCreationTimestamp();
        Duration age = created == null ? Duration.ZERO : Duration.between(Instant.parse(created), clock.instant());
        Map<String, String> profile = new TreeMap<>();
        if (d.getMetadata().getLabels() != null) {
            d.getMetadata().getLabels().forEach((k, v) -> {
                if (k.startsWith(ManagedLabels.PROFILE_PREFIX) && !k.equals(ManagedLabels.DEPLOYMENT)) {
                    profile.put(k.substring(ManagedLabels.PROFILE_PREFIX.length()), v);
                }
            });
        }
        fromPodTemplate(d, profile);
        String name = d.getMetadata().getLabels() == null
                ? d.getMetadata().getName()
                : d.getMetadata()
                        .getLabels()
                        .getOrDefault(ManagedLabels.DEPLOYMENT, d.getMetadata().getName());
        return new WorkloadSummary(
                d.getMetadata().getNamespace(),
                name,
                ready + "/" + desired + " ready",
                ready >= desired && desired > 0,
                age,
                WorkloadSummary.ageText(age),
                profile);
    }

    /**
     * The workload's Deployment, found by the console's label whatever its name (the generator names it {@code
     * <base>-deployment}); empty when it does not exist (any more).
     */
    static Optional<Deployment> deployment(KubernetesClient client, String namespace, String workload) {
        return client
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withLabel(ManagedLabels.DEPLOYMENT, workload)
                .list()
                .getItems()
                .stream()
                .min(Comparator.comparing(d -> d.getMetadata().getName()));
    }

    /** "model / server / accelerator" from the deployment's labels, for the history of a delete; empty if unknown. */
    static String profileOf(KubernetesClient client, String namespace, String workload) {
        return deployment(client, namespace, workload)
                .map(d -> summary(d, Clock.systemUTC()).profileText())
                .orElse("");
    }

    /**
     * The generator labels pods (not the Deployment) with GKE's model and server labels and selects nodes by
     * accelerator: those fill what the console's own {@code iqconsole.dev/*} labels do not say.
     */
    private static void fromPodTemplate(Deployment d, Map<String, String> profile) {
        var template = d.getSpec() == null ? null : d.getSpec().getTemplate();
        if (template == null) {
            return;
        }
        Map<String, String> labels =
                template.getMetadata() == null || template.getMetadata().getLabels() == null
                        ? Map.of()
                        : template.getMetadata().getLabels();
        Map<String, String> nodeSelector =
                template.getSpec() == null || template.getSpec().getNodeSelector() == null
                        ? Map.of()
                        : template.getSpec().getNodeSelector();
        putIfPresent(profile, "model", labels.get("ai.gke.io/model"));
        putIfPresent(profile, "server", labels.get("ai.gke.io/inference-server"));
        putIfPresent(profile, "accelerator", nodeSelector.get(NodeAccelerators.GKE_ACCELERATOR));
        putIfPresent(profile, "accelerator", nodeSelector.get(NodeAccelerators.GKE_TPU_ACCELERATOR));
    }

    private static void putIfPresent(Map<String, String> profile, String key, String value) {
        if (value != null && !value.isBlank()) {
            profile.putIfAbsent(key, value);
        }
    }
}
