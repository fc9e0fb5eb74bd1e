package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What keeps one pod of a model server from serving, read from its status, its events and its log tail: eviction for
 * disk, scheduling (accelerators, labels, quota), image pulls, out of memory, crash loops, and the Hugging Face and
 * Cloud Storage failures found in the log; each with a fix.
 */
final class PodDiagnoses {

    static final String RAM_HF_HOME = "HF_HOME=/dev/shm/hf_cache";
    private static final int LOG_LINES_SHOWN = 20;
    private static final Pattern HF_AUTH =
            Pattern.compile("(401 Client Error|403 Client Error|GatedRepoError|Access to model .* is restricted"
                    + "|Cannot access gated repo|Invalid credentials in Authorization header|Invalid user token)");
    private static final Pattern GCS_AS_REPO =
            Pattern.compile("HFValidationError|Repo id must be in the form|Repo id must use alphanumeric");

    private PodDiagnoses() {}

    static List<Diagnosis> podProblems(Pod pod, List<Event> events, List<String> logTail) {
        List<Diagnosis> result = new ArrayList<>();
        String pod_ = pod.getMetadata().getName();
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

    private static List<Event> eventsOf(String pod, List<Event> events) {
        return events.stream()
                .filter(e -> e.getInvolvedObject() != null
                        && "Pod".equals(e.getInvolvedObject().getKind())
                        && pod.equals(e.getInvolvedObject().getName()))
                .toList();
    }

    static List<ContainerStatus> containerStatuses(Pod pod) {
        return pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null
                ? List.of()
                : pod.getStatus().getContainerStatuses();
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size());
    }
}
