package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads rollout state, logs and the endpoint of one deployment from the cluster. */
final class Rollouts {

    static final int LOG_TAIL_LINES = 50;

    private Rollouts() {}

    static RolloutSnapshot snapshot(KubernetesClient client, String namespace, String deployment) {
        Deployment d = client.apps()
                .deployments()
                .inNamespace(namespace)
                .withName(deployment)
                .get();
        if (d == null) {
            return new RolloutSnapshot(null, List.of(), List.of(), Map.of());
        }
        List<Pod> pods = pods(client, d);
        List<Event> events = client.v1().events().inNamespace(namespace).list().getItems();
        Map<String, List<String>> logs = new LinkedHashMap<>();
        for (Pod pod : pods) {
            if (needsLogs(pod)) {
                logs.put(pod.getMetadata().getName(), logTail(client, pod, LOG_TAIL_LINES));
            }
        }
        return new RolloutSnapshot(d, pods, events, logs);
    }

    static List<Pod> pods(KubernetesClient client, Deployment d) {
        Map<String, String> selector = d.getSpec() == null || d.getSpec().getSelector() == null
                ? Map.of()
                : d.getSpec().getSelector().getMatchLabels();
        if (selector == null || selector.isEmpty()) {
            return List.of();
        }
        return client.pods().inNamespace(d.getMetadata().getNamespace()).withLabels(selector).list().getItems().stream()
                .sorted(java.util.Comparator.comparing(p -> p.getMetadata().getName()))
                .toList();
    }

    /** Logs are read only for pods whose containers restarted or failed: they are what explains the failure. */
    private static boolean needsLogs(Pod pod) {
        return pod.getStatus() != null
                && pod.getStatus().getContainerStatuses() != null
                && pod.getStatus().getContainerStatuses().stream()
                        .anyMatch(s -> (s.getRestartCount() != null && s.getRestartCount() > 0)
                                || (s.getState() != null && s.getState().getTerminated() != null));
    }

    static List<String> logTail(KubernetesClient client, Pod pod, int lines) {
        boolean restarted = pod.getStatus() != null
                && pod.getStatus().getContainerStatuses() != null
                && pod.getStatus().getContainerStatuses().stream()
                        .anyMatch(s -> s.getRestartCount() != null && s.getRestartCount() > 0);
        try {
            var op = client.pods()
                    .inNamespace(pod.getMetadata().getNamespace())
                    .withName(pod.getMetadata().getName());
            String log = restarted
                    ? op.terminated().tailingLines(lines).getLog()
                    : op.tailingLines(lines).getLog();
            return log == null ? List.of() : log.lines().toList();
        } catch (KubernetesClientException e) {
            return List.of("(logs not available: " + ApiErrors.rootMessage(e) + ")");
        }
    }

    static Optional<Endpoint> endpoint(String context, KubernetesClient client, String namespace, String deployment) {
        List<Service> services = client.services()
                .inNamespace(namespace)
                .withLabel(ManagedLabels.DEPLOYMENT, deployment)
                .list()
                .getItems();
        return services.stream()
                .filter(s -> s.getSpec() != null
                        && s.getSpec().getPorts() != null
                        && !s.getSpec().getPorts().isEmpty())
                .findFirst()
                .map(s -> endpoint(context, s));
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
