package dev.iqconsole.deploy;

import dev.iqconsole.cluster.NodeAccelerators;
import dev.iqconsole.deploy.ObjectOutcome.State;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The model workloads this console manages, found by label, and their removal. */
final class Workloads {

    static final List<ResourceDefinitionContext> MONITORING = List.of(
            new ResourceDefinitionContext.Builder()
                    .withGroup("monitoring.googleapis.com")
                    .withVersion("v1")
                    .withKind("PodMonitoring")
                    .withPlural("podmonitorings")
                    .withNamespaced(true)
                    .build(),
            new ResourceDefinitionContext.Builder()
                    .withGroup("monitoring.coreos.com")
                    .withVersion("v1")
                    .withKind("ServiceMonitor")
                    .withPlural("servicemonitors")
                    .withNamespaced(true)
                    .build());

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

    /** "model / server / accelerator" from the deployment's labels, for the history of a delete; empty if unknown. */
    static String profileOf(KubernetesClient client, String namespace, String deployment) {
        return client
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withLabel(ManagedLabels.DEPLOYMENT, deployment)
                .list()
                .getItems()
                .stream()
                .findFirst()
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

    /** Every object labelled with the deployment, autoscaler first and workload last (reverse apply order). */
    static List<HasMetadata> objectsOf(KubernetesClient client, String namespace, String deployment) {
        List<HasMetadata> objects = new ArrayList<>();
        var ns = namespace;
        objects.addAll(client.autoscaling()
                .v2()
                .horizontalPodAutoscalers()
                .inNamespace(ns)
                .withLabel(ManagedLabels.DEPLOYMENT, deployment)
                .list()
                .getItems());
        for (ResourceDefinitionContext monitoring : MONITORING) {
            try {
                objects.addAll(client.genericKubernetesResources(monitoring)
                        .inNamespace(ns)
                        .withLabel(ManagedLabels.DEPLOYMENT, deployment)
                        .list()
                        .getItems());
            } catch (KubernetesClientException e) {
                if (e.getCode() != 404) {
                    throw e;
                } // the CRD is not installed: nothing of that kind to delete
            }
        }
        objects.addAll(client.services()
                .inNamespace(ns)
                .withLabel(ManagedLabels.DEPLOYMENT, deployment)
                .list()
                .getItems());
        objects.addAll(client.apps()
                .deployments()
                .inNamespace(ns)
                .withLabel(ManagedLabels.DEPLOYMENT, deployment)
                .list()
                .getItems());
        objects.addAll(client.configMaps()
                .inNamespace(ns)
                .withLabel(ManagedLabels.DEPLOYMENT, deployment)
                .list()
                .getItems());
        return objects;
    }

    static List<ObjectOutcome> delete(KubernetesClient client, String namespace, String deployment) {
        List<ObjectOutcome> outcomes = new ArrayList<>();
        for (HasMetadata object : objectsOf(client, namespace, deployment)) {
            try {
                if (object instanceof GenericKubernetesResource generic) {
                    client.genericKubernetesResources(generic.getApiVersion(), generic.getKind())
                            .inNamespace(namespace)
                            .withName(generic.getMetadata().getName())
                            .delete();
                } else {
                    client.resource(object).delete();
                }
                outcomes.add(ObjectOutcome.of(object, State.DELETED, ObjectOutcome.describe(object) + " deleted."));
            } catch (RuntimeException e) {
                outcomes.add(ObjectOutcome.of(object, State.FAILED, ApiErrors.explain(object, e)));
            }
        }
        return outcomes;
    }
}
