package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.ContainerStatus;
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
import java.util.regex.Pattern;

/**
 * Translates conditions, pod states, events and log lines into the failures model servers usually hit, each with a
 * fix. Pure: the input is a snapshot, so every rule is tested with fixture objects.
 */
final class RolloutExplainer {

    static final String RAM_HF_HOME = "HF_HOME=/dev/shm/hf_cache";
    private static final int LOG_LINES_SHOWN = 20;
    private static final int EVENTS_SHOWN = 20;
    private static final Pattern HF_AUTH =
            Pattern.compile("(401 Client Error|403 Client Error|GatedRepoError|Access to model .* is restricted"
                    + "|Cannot access gated repo|Invalid credentials in Authorization header|Invalid user token)");
    private static final Pattern GCS_AS_REPO =
            Pattern.compile("HFValidationError|Repo id must be in the form|Repo id must use alphanumeric");

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
            diagnoses.addAll(
                    podProblems(pod, snapshot.events(), snapshot.logTails().getOrDefault(name(pod), List.of())));
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

    static List<Diagnosis> podProblems(Pod pod, List<Event> events, List<String> logTail) {
        List<Diagnosis> result = new ArrayList<>();
        String pod_ = name(pod);
        String reason = pod.getStatus() == null ? null : pod.getStatus().getReason();
        String podMessage =
                pod.getStatus() == null ? "" : Objects.toString(pod.getStatus().getMessage(), "");
        if ("Evicted".equals(reason) && podMessage.contains("ephemeral-storage")) {
            result.add(new Diagnosis(
                    pod_,
                    "The pod was evicted because the node ran out of disk (ephemeral storage) while"
                            + " the model was being downloaded.",
                    "Keep the Hugging Face cache in RAM with " + RAM_HF_HOME + " on a memory-backed emptyDir, or use"
                            + " nodes with a larger boot disk or local SSD.",
                    List.of()));
        }
        for (Event event : eventsOf(pod_, events)) {
            String message = Objects.toString(event.getMessage(), "");
            if ("FailedScheduling".equals(event.getReason())) {
                result.add(scheduling(pod_, message));
            } else if ("Evicted".equals(event.getReason())
                    && message.contains("ephemeral-storage")
                    && result.isEmpty()) {
                result.add(new Diagnosis(
                        pod_,
                        "The pod was evicted because the node ran out of ephemeral storage.",
                        "Keep the Hugging Face cache in RAM with " + RAM_HF_HOME + ", or use nodes with more disk.",
                        List.of()));
            }
        }
        for (ContainerStatus status : containerStatuses(pod)) {
            containerProblem(pod_, status, logTail).ifPresent(result::add);
        }
        if (result.stream()
                .noneMatch(
                        d -> d.problem().contains("Hugging Face") || d.problem().contains("gs://"))) {
            logProblem(pod_, logTail).ifPresent(result::add);
        }
        return result;
    }

    static Diagnosis scheduling(String pod, String message) {
        if (message.contains("Insufficient nvidia.com/gpu") || message.contains("Insufficient google.com/tpu")) {
            String resource = message.contains("google.com/tpu") ? "google.com/tpu" : "nvidia.com/gpu";
            return new Diagnosis(
                    pod,
                    "No node has enough free " + resource + " for the pod: " + message,
                    "Wait for the autoscaler if it is adding a node, otherwise add a node pool with this accelerator"
                            + " (or enable node auto-provisioning) and check the region's accelerator quota.",
                    List.of());
        }
        if (message.contains("node affinity/selector") || message.contains("didn't match Pod's node affinity")) {
            return new Diagnosis(
                    pod,
                    "No node carries the requested accelerator label, so the pod cannot be scheduled: " + message,
                    "Create a node pool with this accelerator, or use GKE Autopilot / node auto-provisioning so one is"
                            + " created; check the accelerator quota if it does not appear.",
                    List.of());
        }
        if (message.contains("exceeded quota") || message.contains("quota")) {
            return new Diagnosis(
                    pod,
                    "The pod is over a quota: " + message,
                    "Raise the quota or request fewer resources.",
                    List.of());
        }
        return new Diagnosis(
                pod,
                "The pod cannot be scheduled: " + message,
                "Free or add capacity that matches the pod's requests.",
                List.of());
    }

    static Optional<Diagnosis> containerProblem(String pod, ContainerStatus status, List<String> logTail) {
        var waiting = status.getState() == null ? null : status.getState().getWaiting();
        String waitingReason = waiting == null ? "" : Objects.toString(waiting.getReason(), "");
        String waitingMessage = waiting == null ? "" : Objects.toString(waiting.getMessage(), "");
        if (waitingReason.equals("ErrImagePull")
                || waitingReason.equals("ImagePullBackOff")
                || waitingReason.equals("InvalidImageName")) {
            return Optional.of(new Diagnosis(
                    pod,
                    "The image " + status.getImage() + " cannot be pulled (" + waitingReason + "): " + waitingMessage,
                    "Check the image name and tag; for a private registry add an imagePullSecret or grant the node's"
                            + " service account read access.",
                    List.of()));
        }
        var lastTerminated =
                status.getLastState() == null ? null : status.getLastState().getTerminated();
        if (lastTerminated != null && "OOMKilled".equals(lastTerminated.getReason())) {
            return Optional.of(new Diagnosis(
                    pod,
                    "Container " + status.getName() + " ran out of memory (OOMKilled).",
                    "Raise the memory limit, or choose a machine type with more memory.",
                    tail(logTail)));
        }
        if (waitingReason.equals("CrashLoopBackOff")) {
            Optional<Diagnosis> fromLogs = logProblem(pod, logTail);
            if (fromLogs.isPresent()) {
                return fromLogs;
            }
            String exit = lastTerminated == null ? "" : " (exit code " + lastTerminated.getExitCode() + ")";
            return Optional.of(new Diagnosis(
                    pod,
                    "Container " + status.getName() + " keeps crashing" + exit + " after " + status.getRestartCount()
                            + " restarts.",
                    "Read the last log lines below; they usually name the cause.",
                    tail(logTail)));
        }
        return Optional.empty();
    }

    static Optional<Diagnosis> logProblem(String pod, List<String> logTail) {
        String log = String.join("\n", logTail);
        if (GCS_AS_REPO.matcher(log).find() && log.contains("gs://")) {
            return Optional.of(new Diagnosis(
                    pod,
                    "The server read the gs:// model path as a Hugging Face repo id"
                            + " (the misleading HFValidationError): the path is wrong or the bucket is not readable,"
                            + " so it fell back to Hugging Face.",
                    "Check the gs:// path (bucket and folder with config.json) and that the pod's service account may"
                            + " read it (Workload Identity, roles/storage.objectViewer).",
                    tail(logTail)));
        }
        if (HF_AUTH.matcher(log).find()) {
            return Optional.of(new Diagnosis(
                    pod,
                    "Hugging Face refused the model download (401/403): the model is gated and"
                            + " the token is missing, invalid, or has not accepted the model's license.",
                    "Accept the license on the model's Hugging Face page, then deploy again with a valid token"
                            + " (it updates Secret " + ManagedLabels.HF_SECRET + ").",
                    tail(logTail)));
        }
        return Optional.empty();
    }

    private static RolloutStatus.PodRow row(Pod pod) {
        String phase = pod.getStatus() == null
                ? "Unknown"
                : Objects.toString(pod.getStatus().getPhase(), "Unknown");
        String why = containerStatuses(pod).stream()
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
        int restarts = containerStatuses(pod).stream()
                .mapToInt(s -> s.getRestartCount() == null ? 0 : s.getRestartCount())
                .sum();
        String node =
                pod.getSpec() == null ? "" : Objects.toString(pod.getSpec().getNodeName(), "");
        return new RolloutStatus.PodRow(name(pod), why.isEmpty() ? phase : phase + " (" + why + ")", restarts, node);
    }

    private static List<Event> eventsOf(String pod, List<Event> events) {
        return events.stream()
                .filter(e -> e.getInvolvedObject() != null
                        && "Pod".equals(e.getInvolvedObject().getKind())
                        && pod.equals(e.getInvolvedObject().getName()))
                .toList();
    }

    private static List<ContainerStatus> containerStatuses(Pod pod) {
        return pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null
                ? List.of()
                : pod.getStatus().getContainerStatuses();
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size());
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
