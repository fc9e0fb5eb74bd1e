package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a serving stack (llm-d) adds to a workload's row: the model server's replicas, the endpoint picker that routes
 * between them and the InferencePool over them, so that the three read as one workload.
 */
final class WorkloadParts {

    private WorkloadParts() {}

    /**
     * The console's InferencePools by {@code namespace/workload}; none when the cluster has no Inference Extension
     * (the kind is not served) or they cannot be listed: the row then shows the Deployments it knows.
     */
    static Map<String, List<String>> pools(KubernetesClient client) {
        Map<String, List<String>> pools = new HashMap<>();
        try {
            client.genericKubernetesResources(AppliedKind.INFERENCE_POOL.context())
                    .inAnyNamespace()
                    .withLabel(ManagedLabels.MANAGED_BY, ManagedLabels.CONSOLE)
                    .list()
                    .getItems()
                    .forEach(p -> {
                        var labels = p.getMetadata().getLabels();
                        String workload = labels == null ? null : labels.get(ManagedLabels.DEPLOYMENT);
                        if (workload != null) {
                            pools.computeIfAbsent(
                                            p.getMetadata().getNamespace() + "/" + workload, k -> new ArrayList<>())
                                    .add(p.getMetadata().getName());
                        }
                    });
        } catch (KubernetesClientException e) {
            return Map.of();
        }
        return pools;
    }

    /** Empty for a model server alone; else its replicas, each endpoint picker and each pool. */
    static List<String> describe(Deployment replicas, List<Deployment> pickers, List<String> pools) {
        if (pickers.isEmpty() && pools.isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        // counts, not names: the names follow from the workload's, and the cell must fit a grid row
        parts.add(Workloads.readyReplicas(replicas) + "/" + Workloads.desiredReplicas(replicas) + " replicas");
        pickers.forEach(p -> parts.add(
                "endpoint picker " + Workloads.readyReplicas(p) + "/" + Workloads.desiredReplicas(p) + " ready"));
        pools.stream().sorted().forEach(p -> parts.add("InferencePool " + p));
        return parts;
    }
}
