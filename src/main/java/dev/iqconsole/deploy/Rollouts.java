package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads rollout state, events, logs and the endpoint of one workload from the cluster. The workload is named by the
 * console's label ({@link ManagedLabels#DEPLOYMENT}); its Deployment and Service are found by that label, its pods
 * by the Deployment's selector, and only their own events are read.
 */
final class Rollouts {

    static final int LOG_TAIL_LINES = 50;

    private Rollouts() {}

    static RolloutSnapshot snapshot(KubernetesClient client, String namespace, String workload) {
        Optional<Deployment> found = Workloads.deployment(client, namespace, workload);
        if (found.isEmpty()) {
            return new RolloutSnapshot(null, List.of(), List.of(), Map.of());
        }
        Deployment d = found.get();
        List<Pod> pods = pods(client, d);
        List<Event> events = new ArrayList<>(events(client, d));
        Map<String, List<String>> logs = new LinkedHashMap<>();
        for (Pod pod : pods) {
            events.addAll(events(client, pod));
            if (needsLogs(pod)) {
                logs.put(
                        pod.getMetadata().getName(),
                        podLog(client, pod, LOG_TAIL_LINES).telling());
            }
        }
        return new RolloutSnapshot(d, pods, events, logs);
    }

    static List<Pod> pods(KubernetesClient client, String namespace, String workload) {
        return Workloads.deployment(client, namespace, workload)
                .map(d -> pods(client, d))
                .orElse(List.of());
    }

    /** The pods the Deployment's own selector picks, as its ReplicaSets do. */
    static List<Pod> pods(KubernetesClient client, Deployment d) {
        Map<String, String> selector = d.getSpec() == null || d.getSpec().getSelector() == null
                ? Map.of()
                : d.getSpec().getSelector().getMatchLabels();
        if (selector == null || selector.isEmpty()) {
            return List.of();
        }
        return client.pods().inNamespace(d.getMetadata().getNamespace()).withLabels(selector).list().getItems().stream()
                .sorted(Comparator.comparing(p -> p.getMetadata().getName()))
                .toList();
    }

    /** Events about this object only: the API server filters them (a namespace can hold thousands). */
    static List<Event> events(KubernetesClient client, HasMetadata object) {
        return client.v1()
                .events()
                .inNamespace(object.getMetadata().getNamespace())
                .withField("involvedObject.kind", object.getKind())
                .withField("involvedObject.name", object.getMetadata().getName())
                .list()
                .getItems();
    }

    /** Logs are read only for pods whose containers restarted or failed: they are what explains the failure. */
    private static boolean needsLogs(Pod pod) {
        return mainStatus(pod)
                .filter(s ->
                        restarts(s) > 0 || (s.getState() != null && s.getState().getTerminated() != null))
                .isPresent();
    }

    /**
     * The model server's log: after a restart also the previous container's, because a crash-looping container's
     * cause is in the run that ended, not in the one waiting to start.
     */
    static PodLog podLog(KubernetesClient client, Pod pod, int lines) {
        // A plain GET of the log subresource: fabric8's getLog() first lists and watches the pod until it is ready or
        // terminal (a watch opened and closed even when told not to wait), on every read, and the pods whose logs
        // people open are mostly the ones that are not ready. Namespace, pod and container are Kubernetes names
        // (DNS labels), safe in a path and a query as they are.
        String path = "/api/v1/namespaces/" + pod.getMetadata().getNamespace() + "/pods/"
                + pod.getMetadata().getName() + "/log?tailLines=" + lines
                // named, because a pod can have sidecars (e.g. GKE's Cloud Storage FUSE) and then the API asks which
                + mainContainer(pod).map(c -> "&container=" + c).orElse("");
        Optional<ContainerStatus> status = mainStatus(pod);
        boolean restarted = status.filter(s -> restarts(s) > 0).isPresent();
        List<String> previous = restarted ? read(() -> client.raw(path + "&previous=true")) : List.of();
        return new PodLog(
                pod.getMetadata().getName(),
                previous,
                restarted ? status.map(Rollouts::howItEnded).orElse("") : "",
                read(() -> client.raw(path)));
    }

    private static List<String> read(Supplier<String> log) {
        try {
            String text = log.get();
            return text == null ? List.of() : text.lines().toList();
        } catch (KubernetesClientException e) {
            return List.of("(logs not available: " + KubernetesErrors.rootMessage(e) + ")");
        }
    }

    /** The generator's model server container comes first; sidecars follow it. */
    private static Optional<String> mainContainer(Pod pod) {
        return pod.getSpec() == null
                        || pod.getSpec().getContainers() == null
                        || pod.getSpec().getContainers().isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(pod.getSpec().getContainers().getFirst().getName());
    }

    private static Optional<ContainerStatus> mainStatus(Pod pod) {
        if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
            return Optional.empty();
        }
        Optional<String> main = mainContainer(pod);
        return pod.getStatus().getContainerStatuses().stream()
                .filter(s -> main.isEmpty() || main.get().equals(s.getName()))
                .findFirst();
    }

    private static int restarts(ContainerStatus status) {
        return status.getRestartCount() == null ? 0 : status.getRestartCount();
    }

    private static String howItEnded(ContainerStatus status) {
        ContainerStateTerminated last =
                status.getLastState() == null ? null : status.getLastState().getTerminated();
        String exit = last == null || last.getExitCode() == null
                ? "ended"
                : "exit code " + last.getExitCode() + (last.getReason() == null ? "" : " (" + last.getReason() + ")");
        return exit + ", " + restarts(status) + (restarts(status) == 1 ? " restart" : " restarts");
    }

    static Optional<Endpoint> endpoint(String context, KubernetesClient client, String namespace, String workload) {
        List<Service> services = client.services()
                .inNamespace(namespace)
                .withLabel(ManagedLabels.DEPLOYMENT, workload)
                .list()
                .getItems();
        return services.stream()
                .filter(s -> s.getSpec() != null
                        && s.getSpec().getPorts() != null
                        && !s.getSpec().getPorts().isEmpty())
                .findFirst()
                .map(s -> endpoint(context, s))
                // with a serving stack the Gateway is the way in; the Service stays for a look past the picker
                .map(e -> GatewayEndpoints.of(context, client, namespace, workload)
                        .map(e::through)
                        .orElse(e));
    }

    static Endpoint endpoint(String context, Service service) {
        ServicePort port = service.getSpec().getPorts().getFirst();
        String name = service.getMetadata().getName();
        String namespace = service.getMetadata().getNamespace();
        return new Endpoint(
                name,
                port.getPort(),
                "http://" + name + "." + namespace + ".svc.cluster.local:" + port.getPort(),
                "kubectl --context " + context + " -n " + namespace + " port-forward service/" + name + " "
                        + port.getPort() + ":" + port.getPort());
    }
}
