package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Translates conditions, pod states, events and log lines into the failures model servers usually hit, each with a
 * fix ({@link PodDiagnoses} for the pods'), and says where the rollout stands. Pure: the input is a snapshot, so
 * every rule is tested with fixture objects.
 */
final class RolloutExplainer {

    private static final int EVENTS_SHOWN = 20;

    private RolloutExplainer() {}

    static RolloutStatus explain(RolloutSnapshot snapshot) {
        Deployment deployment = snapshot.deployment();
        if (deployment == null) {
            return new RolloutStatus(
                    "", RolloutStatus.Phase.MISSING, "The deployment does not exist.", List.of(), List.of(), List.of());
        }
        List<Diagnosis> diagnoses = new ArrayList<>();
        deploymentProblems(deployment).ifPresent(diagnoses::add);
        for (Pod pod : snapshot.pods()) {
            diagnoses.addAll(PodDiagnoses.podProblems(
                    pod, snapshot.events(), snapshot.logTails().getOrDefault(name(pod), List.of())));
        }
        List<Diagnosis> unique = dedupe(diagnoses);
        int desired = deployment.getSpec() == null || deployment.getSpec().getReplicas() == null
                ? 1
                : deployment.getSpec().getReplicas();
        int ready = deployment.getStatus() == null || deployment.getStatus().getReadyReplicas() == null
                ? 0
                : deployment.getStatus().getReadyReplicas();
        RolloutStatus.Phase phase = ready >= desired && desired > 0
                ? RolloutStatus.Phase.AVAILABLE
                : unique.isEmpty() ? RolloutStatus.Phase.PROGRESSING : RolloutStatus.Phase.FAILING;
        String sentence = ready + " of " + desired + " replicas ready"
                + (phase == RolloutStatus.Phase.AVAILABLE
                        ? ": the model server is serving."
                        : phase == RolloutStatus.Phase.FAILING
                                ? ": " + unique.getFirst().problem()
                                : ": starting (downloading the image and the model can take many minutes).");
        List<RolloutStatus.PodRow> rows =
                snapshot.pods().stream().map(RolloutExplainer::row).toList();
        return new RolloutStatus(
                deployment.getMetadata().getName(), phase, sentence, rows, unique, events(snapshot.events()));
    }

    /** Newest first, at most {@link #EVENTS_SHOWN}: the latest say where the rollout stands. */
    static List<RolloutStatus.EventRow> events(List<Event> events) {
        return events.stream()
                .sorted(Comparator.comparing(RolloutExplainer::lastSeen).reversed())
                .limit(EVENTS_SHOWN)
                .map(e -> new RolloutStatus.EventRow(
                        e.getInvolvedObject() == null
                                ? ""
                                : e.getInvolvedObject().getKind() + "/"
                                        + e.getInvolvedObject().getName(),
                        Objects.toString(e.getType(), ""),
                        Objects.toString(e.getReason(), ""),
                        Objects.toString(e.getMessage(), ""),
                        e.getCount() == null ? 1 : e.getCount()))
                .toList();
    }

    /** RFC 3339 times sort as text; events.k8s.io-style events carry eventTime instead of lastTimestamp. */
    private static String lastSeen(Event e) {
        if (e.getLastTimestamp() != null) {
            return e.getLastTimestamp();
        }
        if (e.getEventTime() != null && e.getEventTime().getTime() != null) {
            return e.getEventTime().getTime();
        }
        return Objects.toString(e.getFirstTimestamp(), "");
    }

    static Optional<Diagnosis> deploymentProblems(Deployment deployment) {
        List<DeploymentCondition> conditions =
                deployment.getStatus() == null || deployment.getStatus().getConditions() == null
                        ? List.of()
                        : deployment.getStatus().getConditions();
        for (DeploymentCondition c : conditions) {
            if ("ReplicaFailure".equals(c.getType()) && "True".equals(c.getStatus())) {
                String message = Objects.toString(c.getMessage(), "");
                return Optional.of(
                        message.contains("exceeded quota")
                                ? new Diagnosis(
                                        "",
                                        "Pods cannot be created: the namespace's ResourceQuota is exhausted (" + message
                                                + ").",
                                        "Raise the quota of the namespace or deploy fewer replicas.",
                                        List.of())
                                : new Diagnosis(
                                        "",
                                        "Pods cannot be created: " + message,
                                        "Fix the cause named above.",
                                        List.of()));
            }
            if ("Progressing".equals(c.getType()) && "ProgressDeadlineExceeded".equals(c.getReason())) {
                return Optional.of(new Diagnosis(
                        "",
                        "The rollout did not finish within its progress deadline.",
                        "Look at the pod problems below; the deployment keeps trying.",
                        List.of()));
            }
        }
        return Optional.empty();
    }

    private static RolloutStatus.PodRow row(Pod pod) {
        String phase = pod.getStatus() == null
                ? "Unknown"
                : Objects.toString(pod.getStatus().getPhase(), "Unknown");
        String why = PodDiagnoses.containerStatuses(pod).stream()
                .map(s -> s.getState() != null && s.getState().getWaiting() != null
                        ? s.getState().getWaiting().getReason()
                        : null)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(
                        pod.getStatus() != null && pod.getStatus().getReason() != null
                                ? pod.getStatus().getReason()
                                : "");
        if (why.isEmpty() && pod.getStatus() != null && pod.getStatus().getConditions() != null) {
            why = pod.getStatus().getConditions().stream()
                    .filter(c -> "PodScheduled".equals(c.getType()) && "False".equals(c.getStatus()))
                    .map(c -> Objects.toString(c.getReason(), ""))
                    .findFirst()
                    .orElse("");
        }
        int restarts = PodDiagnoses.containerStatuses(pod).stream()
                .mapToInt(s -> s.getRestartCount() == null ? 0 : s.getRestartCount())
                .sum();
        String node =
                pod.getSpec() == null ? "" : Objects.toString(pod.getSpec().getNodeName(), "");
        return new RolloutStatus.PodRow(name(pod), why.isEmpty() ? phase : phase + " (" + why + ")", restarts, node);
    }

    private static String name(Pod pod) {
        return pod.getMetadata().getName();
    }

    /** Repeated events (one per scheduling attempt) must show once. */
    private static List<Diagnosis> dedupe(List<Diagnosis> diagnoses) {
        Set<String> seen = new LinkedHashSet<>();
        return diagnoses.stream()
                .filter(d -> seen.add(d.pod() + "|" + d.problem()))
                .toList();
    }
}
