package dev.iqconsole.deploy;

import dev.iqconsole.cluster.NodeAccelerators;
import dev.iqconsole.manifest.InferenceGatewayLabels;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The model workloads this console manages, found by label. */
final class Workloads {

    private Workloads() {}

    /**
     * One row per workload: its Deployments grouped by the workload label, the model server's replicas giving the
     * status. A serving stack's endpoint picker and InferencePool are parts of that row, never rows of their own.
     */
    static List<WorkloadSummary> list(KubernetesClient client, Clock clock) {
        Map<String, List<Deployment>> byWorkload = new LinkedHashMap<>();
        client.apps()
                .deployments()
                .inAnyNamespace()
                .withLabel(ManagedLabels.MANAGED_BY, ManagedLabels.CONSOLE)
                .list()
                .getItems()
                .forEach(d -> byWorkload
                        .computeIfAbsent(d.getMetadata().getNamespace() + "/" + workloadOf(d), k -> new ArrayList<>())
                        .add(d));
        Map<String, List<String>> pools = WorkloadParts.pools(client);
        return byWorkload.values().stream()
                .map(group -> {
                    Deployment replicas = modelServer(group);
                    var summary = summary(replicas, clock);
                    List<String> parts = WorkloadParts.describe(
                            replicas,
                            group.stream().filter(Workloads::isEndpointPicker).toList(),
                            pools.getOrDefault(summary.namespace() + "/" + summary.name(), List.of()));
                    boolean pickersReady = group.stream()
                            .filter(Workloads::isEndpointPicker)
                            .allMatch(d -> readyReplicas(d) >= desiredReplicas(d));
                    return summary.withParts(parts, summary.ready() && pickersReady);
                })
                .sorted(Comparator.comparing(WorkloadSummary::namespace).thenComparing(WorkloadSummary::name))
                .toList();
    }

    /** The serving stack's endpoint picker (by its label, or, deployed before the label, by its container's name). */
    static boolean isEndpointPicker(Deployment d) {
        var labels = d.getMetadata().getLabels();
        if (labels != null
                && InferenceGatewayLabels.ENDPOINT_PICKER.equals(labels.get(InferenceGatewayLabels.COMPONENT))) {
            return true;
        }
        var template = d.getSpec() == null ? null : d.getSpec().getTemplate();
        return template != null
                && template.getSpec() != null
                && template.getSpec().getContainers().stream().anyMatch(c -> "epp".equals(c.getName()));
    }

    /** The model server's Deployment of a workload: the one that is not an endpoint picker, else the first. */
    private static Deployment modelServer(List<Deployment> group) {
        return group.stream()
                .filter(d -> !isEndpointPicker(d))
                .min(Comparator.comparing(d -> d.getMetadata().getName()))
                .orElse(group.getFirst());
    }

    private static String workloadOf(Deployment d) {
        var labels = d.getMetadata().getLabels();
        return labels == null
                ? d.getMetadata().getName()
                : labels.getOrDefault(ManagedLabels.DEPLOYMENT, d.getMetadata().getName());
    }

    static int desiredReplicas(Deployment d) {
        return d.getSpec() == null || d.getSpec().getReplicas() == null
                ? 1
                : d.getSpec().getReplicas();
    }

    static int readyReplicas(Deployment d) {
        return d.getStatus() == null || d.getStatus().getReadyReplicas() == null
                ? 0
                : d.getStatus().getReadyReplicas();
    }

    static WorkloadSummary summary(Deployment d, Clock clock) {
        int desired = desiredReplicas(d);
        int ready = readyReplicas(d);
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
        String name = workloadOf(d);
        return new WorkloadSummary(
                d.getMetadata().getNamespace(),
                name,
                ready + "/" + desired + " ready",
                ready >= desired && desired > 0,
                age,
                WorkloadSummary.ageText(age),
                profile,
                List.of());
    }

    /**
     * The workload's model-server Deployment, found by the console's label whatever its name (the generator names it
     * {@code <base>-deployment}), never a serving stack's endpoint picker; empty when it does not exist (any more).
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
                .min(Comparator.comparing((Deployment d) -> isEndpointPicker(d))
                        .thenComparing(d -> d.getMetadata().getName()));
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
