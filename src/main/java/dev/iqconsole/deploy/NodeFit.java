package dev.iqconsole.deploy;

import dev.iqconsole.cluster.NodeAccelerator;
import dev.iqconsole.cluster.NodeAccelerators;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a node with the accelerator can hold the inference container's CPU, memory and ephemeral-storage requests,
 * read from the Deployment that will be applied (so the check and the manifest cannot disagree). The manifests are
 * sized for the profile's machine type; on a cluster whose accelerator nodes are smaller, the pod would stay Pending.
 */
final class NodeFit {

    static final String CHECK = "Node size";
    private static final List<String> RESOURCES = List.of("cpu", "memory", "ephemeral-storage");
    private static final BigDecimal GIB = BigDecimal.valueOf(1L << 30);

    private NodeFit() {}

    /** Empty when there is nothing to compare: no requests, or no node with the accelerator (said elsewhere). */
    static Optional<Finding> check(DeployRequest request, List<HasMetadata> objects, List<Node> nodes) {
        Map<String, Quantity> requests = requests(objects);
        if (requests.isEmpty() || request.acceleratorLabel().isEmpty()) {
            return Optional.empty();
        }
        Set<String> names = NodeAccelerators.of(nodes).stream()
                .filter(n -> n.accelerator().equals(request.acceleratorLabel()))
                .map(NodeAccelerator::node)
                .collect(Collectors.toSet());
        List<Node> matching = nodes.stream()
                .filter(n -> names.contains(n.getMetadata().getName()))
                .toList();
        if (matching.isEmpty()) {
            return Optional.empty();
        }
        String asks = requests.entrySet().stream()
                .map(e -> words(e.getKey(), e.getValue().getNumericalAmount()) + " " + e.getKey())
                .collect(Collectors.joining(", "));
        for (Node node : matching) {
            if (shortfalls(node, requests).isEmpty()) {
                return Optional.of(Finding.pass(
                        CHECK,
                        "Node " + node.getMetadata().getName() + " can hold the pod's requests (" + asks + ")."));
            }
        }
        Node closest = matching.stream()
                .min(Comparator.comparingInt(n -> shortfalls(n, requests).size()))
                .orElseThrow();
        return Optional.of(Finding.fail(
                CHECK,
                "No node with " + request.acceleratorLabel() + " can hold the pod's requests (" + asks + "); the"
                        + " closest, " + closest.getMetadata().getName() + ", has "
                        + String.join(", ", shortfalls(closest, requests)) + ".",
                "Use nodes of the machine type the manifests are sized for, or lower the requests in the YAML (View"
                        + " YAML) and apply it yourself."));
    }

    /** The inference container's requests of CPU, memory and ephemeral storage, in that order. */
    private static Map<String, Quantity> requests(List<HasMetadata> objects) {
        Map<String, Quantity> requests = new LinkedHashMap<>();
        objects.stream()
                .filter(Deployment.class::isInstance)
                .map(Deployment.class::cast)
                .findFirst()
                .map(d -> d.getSpec().getTemplate().getSpec().getContainers().getFirst())
                .filter(c -> c.getResources() != null && c.getResources().getRequests() != null)
                .ifPresent(c -> RESOURCES.forEach(r -> {
                    Quantity q = c.getResources().getRequests().get(r);
                    if (q != null) requests.put(r, q);
                }));
        return requests;
    }

    /** What the node lacks, e.g. "28.4 GiB memory allocatable"; a resource the node does not report is not held against it. */
    private static List<String> shortfalls(Node node, Map<String, Quantity> requests) {
        Map<String, Quantity> allocatable =
                node.getStatus() == null || node.getStatus().getAllocatable() == null
                        ? Map.of()
                        : node.getStatus().getAllocatable();
        List<String> missing = new ArrayList<>();
        requests.forEach((resource, wanted) -> {
            Quantity has = allocatable.get(resource);
            if (has != null && has.getNumericalAmount().compareTo(wanted.getNumericalAmount()) < 0) {
                missing.add(words(resource, has.getNumericalAmount()) + " " + resource + " allocatable");
            }
        });
        return missing;
    }

    private static String words(String resource, BigDecimal amount) {
        if (resource.equals("cpu")) {
            return amount.setScale(1, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
        }
        return amount.divide(GIB, 1, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + " GiB";
    }
}
