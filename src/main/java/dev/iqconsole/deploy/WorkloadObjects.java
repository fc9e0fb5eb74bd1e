package dev.iqconsole.deploy;

import dev.iqconsole.deploy.ObjectOutcome.State;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The objects of one workload, found by the label a deploy puts on each of them ({@link ManagedLabels#DEPLOYMENT}),
 * whatever their names, in every kind a deploy may apply; and their removal. The namespace and {@code hf-secret}
 * never carry the label, so they are never found here: other workloads may share them.
 */
final class WorkloadObjects {

    private WorkloadObjects() {}

    /**
     * Deletes in reverse apply order (the autoscaler and monitors before the Deployment they watch). A kind that
     * cannot be listed is reported as failed and the other kinds are still deleted.
     */
    static List<ObjectOutcome> delete(KubernetesClient client, String namespace, String workload) {
        List<ObjectOutcome> outcomes = new ArrayList<>();
        for (AppliedKind kind : AppliedKind.deleteOrder()) {
            List<GenericKubernetesResource> found;
            try {
                found = find(client, kind, namespace, workload);
            } catch (KubernetesClientException e) {
                outcomes.add(new ObjectOutcome(
                        kind.kind(),
                        namespace,
                        workload,
                        State.FAILED,
                        "The " + kind.kind() + " objects of " + workload + " could not be listed: "
                                + KubernetesErrors.rootMessage(e)));
                continue;
            }
            for (GenericKubernetesResource object : found) {
                outcomes.add(delete(client, kind, object));
            }
        }
        return outcomes;
    }

    /** Sorted by name; a kind the cluster does not serve (e.g. no Prometheus Operator) has none. */
    static List<GenericKubernetesResource> find(
            KubernetesClient client, AppliedKind kind, String namespace, String workload) {
        try {
            return client
                    .genericKubernetesResources(kind.context())
                    .inNamespace(namespace)
                    .withLabel(ManagedLabels.DEPLOYMENT, workload)
                    .list()
                    .getItems()
                    .stream()
                    .map(o -> withKind(o, kind))
                    .sorted(Comparator.comparing(o -> o.getMetadata().getName()))
                    .toList();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    /** Items of a list need not repeat their kind, and the outcome and the history name it. */
    private static GenericKubernetesResource withKind(GenericKubernetesResource object, AppliedKind kind) {
        object.setKind(kind.kind());
        object.setApiVersion(kind.apiVersion());
        return object;
    }

    private static ObjectOutcome delete(KubernetesClient client, AppliedKind kind, GenericKubernetesResource object) {
        try {
            client.genericKubernetesResources(kind.context())
                    .inNamespace(object.getMetadata().getNamespace())
                    .withName(object.getMetadata().getName())
                    .delete();
            return ObjectOutcome.of(object, State.DELETED, ObjectOutcome.describe(object) + " deleted.");
        } catch (RuntimeException e) {
            return ObjectOutcome.of(object, State.FAILED, KubernetesErrors.explain(object, e));
        }
    }
}
