package dev.iqconsole.deploy;

import dev.iqconsole.deploy.ObjectOutcome.State;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-side apply in dependency order, after a server-side dry run of everything: an object the cluster would
 * reject stops the deploy before anything changes. If a real apply still fails, the remaining objects are not
 * sent and the outcome says exactly which ones were applied.
 */
final class Applier {

    private static final Logger log = LoggerFactory.getLogger(Applier.class);

    private Applier() {}

    /** @param objects prepared objects ({@link DeployObjects#prepare}), in apply order */
    static List<ObjectOutcome> apply(KubernetesClient client, List<HasMetadata> objects, boolean namespaceExists) {
        List<ObjectOutcome> dryRun = dryRun(client, objects, namespaceExists);
        if (dryRun.stream().anyMatch(o -> o.state() == State.FAILED)) {
            return dryRun.stream()
                    .map(o -> o.state() == State.FAILED
                            ? o
                            : new ObjectOutcome(
                                    o.kind(),
                                    o.namespace(),
                                    o.name(),
                                    State.NOT_APPLIED,
                                    "Not applied: the dry run of another object failed."))
                    .toList();
        }
        List<ObjectOutcome> outcomes = new ArrayList<>();
        String stopReason = null;
        for (HasMetadata object : objects) {
            if (stopReason != null) {
                outcomes.add(ObjectOutcome.of(object, State.NOT_APPLIED, "Not applied: " + stopReason));
                continue;
            }
            try {
                client.resource(object)
                        .fieldManager(ManagedLabels.FIELD_MANAGER)
                        .serverSideApply();
                outcomes.add(ObjectOutcome.of(object, State.APPLIED, ObjectOutcome.describe(object) + " applied."));
            } catch (RuntimeException e) {
                String message = KubernetesErrors.explain(object, e);
                log.warn("Apply failed: {}", message);
                outcomes.add(ObjectOutcome.of(object, State.FAILED, message));
                stopReason = ObjectOutcome.describe(object) + " failed before it.";
            }
        }
        return outcomes;
    }

    /**
     * Dry run of every object. Namespaced objects cannot be dry-run in a namespace that does not exist yet; those
     * are reported as not checked rather than failed.
     */
    static List<ObjectOutcome> dryRun(KubernetesClient client, List<HasMetadata> objects, boolean namespaceExists) {
        // Dry runs change nothing and do not depend on each other: they run in parallel, results keep the order.
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = objects.stream()
                    .map(o -> java.util.concurrent.CompletableFuture.supplyAsync(
                            () -> dryRunOne(client, o, namespaceExists), pool))
                    .toList();
            return futures.stream()
                    .map(java.util.concurrent.CompletableFuture::join)
                    .toList();
        }
    }

    private static ObjectOutcome dryRunOne(KubernetesClient client, HasMetadata object, boolean namespaceExists) {
        boolean namespaced = object.getMetadata().getNamespace() != null;
        if (namespaced && !namespaceExists) {
            return ObjectOutcome.of(
                    object,
                    State.NOT_APPLIED,
                    ObjectOutcome.describe(object) + " cannot be dry-run before its namespace exists.");
        }
        try {
            client.resource(object)
                    .dryRun()
                    .fieldManager(ManagedLabels.FIELD_MANAGER)
                    .serverSideApply();
            return ObjectOutcome.of(object, State.APPLIED, ObjectOutcome.describe(object) + " passes the dry run.");
        } catch (RuntimeException e) {
            return ObjectOutcome.of(object, State.FAILED, KubernetesErrors.explain(object, e));
        }
    }

    /** Deletes what an apply created, newest first; shared objects (namespace, hf-secret) are kept. */
    static List<ObjectOutcome> remove(KubernetesClient client, List<HasMetadata> applied) {
        List<HasMetadata> reversed = new ArrayList<>(applied);
        java.util.Collections.reverse(reversed);
        List<ObjectOutcome> outcomes = new ArrayList<>();
        for (HasMetadata object : reversed) {
            if (DeployObjects.isShared(object)) {
                outcomes.add(ObjectOutcome.of(
                        object, State.KEPT, ObjectOutcome.describe(object) + " kept: other deployments may use it."));
                continue;
            }
            try {
                client.resource(object).delete();
                outcomes.add(ObjectOutcome.of(object, State.DELETED, ObjectOutcome.describe(object) + " deleted."));
            } catch (RuntimeException e) {
                outcomes.add(ObjectOutcome.of(object, State.FAILED, KubernetesErrors.explain(object, e)));
            }
        }
        return outcomes;
    }
}
