package dev.iqconsole.deploy;

import dev.iqconsole.cluster.ClientSource;
import dev.iqconsole.deploy.HistoryEntry.Action;
import dev.iqconsole.deploy.HistoryEntry.Outcome;
import dev.iqconsole.deploy.ObjectOutcome.State;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Check, deploy, watch, list and delete model deployments in a kubeconfig context; every action is recorded in the
 * history. The objects come from the manifest generator; this service adds the namespace, {@code hf-secret} and the
 * console's labels, and never stores or logs the token.
 */
@Service
public class DeployService {

    private static final Duration POLL = Duration.ofSeconds(2);
    /** Namespaces every cluster has: the preview never shows them as created. */
    private static final Set<String> BUILT_IN_NAMESPACES = Set.of("default", "kube-system", "kube-public");

    private final ClientSource clients;
    private final DeployHistory history;
    private final HistoryRecorder recorder;
    private final Actor actor;
    private final Clock clock;

    @Autowired
    DeployService(ClientSource clients, DeployHistory history, Actor actor) {
        this(clients, history, actor, Clock.systemUTC());
    }

    DeployService(ClientSource clients, DeployHistory history, Actor actor, Clock clock) {
        this.clients = clients;
        this.history = history;
        this.recorder = new HistoryRecorder(history, actor, clock);
        this.actor = actor;
        this.clock = clock;
    }

    /** The "Check" action: dry run, APIs, permissions, namespace, token, accelerators, disk. Changes nothing. */
    public PreflightReport check(DeployRequest request, List<HasMetadata> generated) {
        actor.requireChange(request.context());
        KubernetesClient client = clients.client(request.context());
        boolean namespaceExists;
        try {
            namespaceExists = namespaceExists(client, request.namespace());
        } catch (RuntimeException e) {
            // the first call: if the cluster does not answer it, no other check can say more
            return recordCheck(
                    request,
                    generated,
                    List.of(),
                    List.of(Finding.fail(
                            "Cluster",
                            KubernetesErrors.cluster(request.context(), String.valueOf(client.getMasterUrl()), e),
                            "")));
        }
        List<HasMetadata> objects = DeployObjects.prepare(request, generated, namespaceExists);
        List<Finding> findings;
        try {
            findings = Preflight.check(client, request, objects, namespaceExists);
        } catch (RuntimeException e) {
            findings = List.of(Finding.fail(
                    "Cluster",
                    "The check stopped: the cluster " + KubernetesErrors.words(e) + ".",
                    "Make sure the cluster is reachable, then check again."));
        }
        return recordCheck(request, generated, objects, findings);
    }

    private PreflightReport recordCheck(
            DeployRequest request, List<HasMetadata> generated, List<HasMetadata> objects, List<Finding> findings) {
        PreflightReport report = new PreflightReport(request.context(), request.namespace(), findings);
        recorder.check(request, report, generated, objects);
        return report;
    }

    /** Server-side apply of every object (after a server-side dry run), in dependency order. */
    public ApplyResult deploy(DeployRequest request, List<HasMetadata> generated) {
        actor.requireChange(request.context());
        return apply(Action.DEPLOY, request, generated);
    }

    /** Applies everything again: server-side apply is idempotent, so what was applied stays and the rest follows. */
    public ApplyResult retry(DeployRequest request, List<HasMetadata> generated) {
        actor.requireChange(request.context());
        return apply(Action.RETRY, request, generated);
    }

    private ApplyResult apply(Action action, DeployRequest request, List<HasMetadata> generated) {
        List<HasMetadata> ordered = ApplyOrder.sorted(generated); // refuses, before any call, what delete would miss
        List<HasMetadata> objects = List.of();
        List<ObjectOutcome> outcomes;
        KubernetesClient client = null;
        try {
            client = clients.client(request.context());
            boolean namespaceExists = namespaceExists(client, request.namespace());
            objects = DeployObjects.prepare(request, generated, namespaceExists);
            outcomes = Applier.apply(client, objects, namespaceExists);
        } catch (RuntimeException e) {
            // The cluster could not even be asked (unreachable, credentials): nothing was sent.
            String message = e instanceof dev.iqconsole.cluster.ClusterAccessException || client == null
                    ? e.getMessage()
                    : KubernetesErrors.cluster(request.context(), String.valueOf(client.getMasterUrl()), e)
                            + " Nothing was applied.";
            List<HasMetadata> planned = objects.isEmpty() ? ordered : objects;
            outcomes = new ArrayList<>();
            for (int i = 0; i < planned.size(); i++) {
                outcomes.add(ObjectOutcome.of(
                        planned.get(i),
                        i == 0 ? State.FAILED : State.NOT_APPLIED,
                        i == 0 ? message : "Not applied: the cluster could not be reached."));
            }
            objects = planned;
        }
        ApplyResult provisional =
                new ApplyResult(0, request.context(), request.namespace(), request.deployment(), outcomes);
        Outcome outcome = provisional.complete()
                ? Outcome.SUCCEEDED
                : provisional.applied().isEmpty() ? Outcome.FAILED : Outcome.PARTIAL;
        long id = recorder.record(action, request, outcome, provisional.summary(), generated, objects, outcomes);
        return new ApplyResult(id, request.context(), request.namespace(), request.deployment(), outcomes);
    }

    /** Removes what a (partial) deploy applied, except the namespace and hf-secret, which others may share. */
    public ApplyResult remove(DeployRequest request, List<HasMetadata> generated, ApplyResult result) {
        actor.requireChange(request.context());
        KubernetesClient client = clients.client(request.context());
        List<HasMetadata> prepared = DeployObjects.prepare(request, generated, true);
        List<HasMetadata> applied = prepared.stream()
                .filter(o -> result.applied().stream()
                        .anyMatch(a -> a.kind().equals(o.getKind())
                                && a.name().equals(o.getMetadata().getName())))
                .toList();
        List<ObjectOutcome> outcomes = Applier.remove(client, applied);
        boolean ok = outcomes.stream().noneMatch(o -> o.state() == State.FAILED);
        String summary = ok
                ? "Removed "
                        + PreflightReport.counted(
                                outcomes.stream()
                                        .filter(o -> o.state() == State.DELETED)
                                        .count(),
                                "object")
                        + " of " + request.deployment()
                        + "; the namespace and hf-secret were kept."
                : "Some objects could not be removed: "
                        + outcomes.stream()
                                .filter(o -> o.state() == State.FAILED)
                                .map(ObjectOutcome::message)
                                .findFirst()
                                .orElse("");
        long id = recorder.record(
                Action.REMOVE,
                request,
                ok ? Outcome.SUCCEEDED : Outcome.PARTIAL,
                summary,
                generated,
                applied,
                outcomes);
        return new ApplyResult(id, request.context(), request.namespace(), request.deployment(), outcomes);
    }

    /**
     * The rollout right now, explained.
     *
     * @param workload the name a deploy labels every object with ({@link DeployRequest#deployment()}), not the
     *     Deployment's own name
     */
    public RolloutStatus status(String context, String namespace, String workload) {
        return RolloutExplainer.explain(Rollouts.snapshot(clients.client(context), namespace, workload));
    }

    /**
     * Follows a rollout until it is available or failing, or the time is up; {@code listener} receives every new
     * status, so a view can update as it goes.
     */
    public RolloutStatus watch(
            String context, String namespace, String workload, Duration timeout, Consumer<RolloutStatus> listener)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        RolloutStatus last = null;
        while (true) {
            RolloutStatus now = status(context, namespace, workload);
            if (!now.equals(last)) {
                listener.accept(now);
            }
            last = now;
            if (now.finished() || System.nanoTime() >= deadline) {
                return now;
            }
            Thread.sleep(POLL);
        }
    }

    /** The workload's pods, as its Deployment selects them. */
    public List<String> podNames(String context, String namespace, String workload) {
        return Rollouts.pods(clients.client(context), namespace, workload).stream()
                .map(p -> p.getMetadata().getName())
                .toList();
    }

    /** The last lines of one pod's log, and of its previous container when it restarted. */
    public PodLog logs(String context, String namespace, String pod, int lines) {
        KubernetesClient client = clients.client(context);
        var p = client.pods().inNamespace(namespace).withName(pod).get();
        return p == null ? PodLog.gone(pod) : Rollouts.podLog(client, p, lines);
    }

    public Optional<Endpoint> endpoint(String context, String namespace, String workload) {
        return Rollouts.endpoint(context, clients.client(context), namespace, workload);
    }

    /** Console-managed model deployments of a context, across namespaces. */
    public List<WorkloadSummary> workloads(String context) {
        return Workloads.list(clients.client(context), clock);
    }

    /**
     * Deletes every object labelled with the workload, of every kind a deploy applies (the namespace and hf-secret
     * carry no such label and stay).
     */
    public ApplyResult delete(String context, String namespace, String deployment) {
        actor.requireChange(context);
        List<ObjectOutcome> outcomes;
        // the history row names what was deleted: the profile and targets of its last deploy, else its labels
        Optional<HistoryEntry> deployed = history.lastDeploy(context, namespace, deployment);
        String profile = deployed.map(HistoryEntry::profile).orElse("");
        try {
            if (profile.isBlank()) {
                profile = Workloads.profileOf(clients.client(context), namespace, deployment);
            }
            outcomes = WorkloadObjects.delete(clients.client(context), namespace, deployment);
        } catch (RuntimeException e) {
            outcomes = List.of(new ObjectOutcome(
                    "Deployment",
                    namespace,
                    deployment,
                    State.FAILED,
                    "The objects of " + deployment + " could not be listed: " + KubernetesErrors.rootMessage(e)));
        }
        boolean ok = outcomes.stream().noneMatch(o -> o.state() == State.FAILED);
        String summary = outcomes.isEmpty()
                ? "Nothing to delete: no object is labelled with deployment " + deployment + " in " + namespace + "."
                : ok
                        ? "Deleted " + PreflightReport.counted(outcomes.size(), "object") + " of " + deployment + "."
                        : "Some objects of " + deployment + " could not be deleted: "
                                + outcomes.stream()
                                        .filter(o -> o.state() == State.FAILED)
                                        .map(ObjectOutcome::message)
                                        .findFirst()
                                        .orElse("");
        long id = recorder.delete(
                context,
                namespace,
                deployment,
                profile,
                deployed.map(HistoryEntry::targets).orElse(""),
                ok ? Outcome.SUCCEEDED : Outcome.PARTIAL,
                summary,
                outcomes);
        return new ApplyResult(id, context, namespace, deployment, outcomes);
    }

    /** The newest entries, without YAML and objects: {@link #historyEntry} has them. */
    public List<HistoryEntry> history(int limit) {
        return history.recent(limit);
    }

    public Optional<HistoryEntry> historyEntry(long id) {
        return history.find(id);
    }

    /** Diff between the generator's YAML and what the console applied (added namespace, labels, secret). */
    public List<String> diff(long historyId) {
        return history.find(historyId)
                .map(e -> YamlDiff.lines(e.generatedYaml(), e.appliedYaml()))
                .orElseThrow(() -> new IllegalArgumentException("There is no history entry " + historyId + "."));
    }

    /** The YAML a deploy would send, secrets redacted: the "View YAML" of the exact objects. */
    public static String previewYaml(DeployRequest request, List<HasMetadata> generated) {
        boolean builtIn = BUILT_IN_NAMESPACES.contains(request.namespace());
        return Yaml.preview(DeployObjects.prepare(request, generated, builtIn));
    }

    private static boolean namespaceExists(KubernetesClient client, String namespace) {
        return client.namespaces().withName(namespace).get() != null;
    }
}
