package dev.iqconsole.cluster;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads accelerators from node labels and allocatable resources. */
public final class NodeAccelerators {

    public static final String GKE_ACCELERATOR = "cloud.google.com/gke-accelerator";
    public static final String GKE_TPU_ACCELERATOR = "cloud.google.com/gke-tpu-accelerator";
    public static final String NVIDIA_PRODUCT = "nvidia.com/gpu.product";
    public static final String NVIDIA_GPU = "nvidia.com/gpu";
    public static final String GOOGLE_TPU = "google.com/tpu";

    // GKE's labels first: they are the values the console's profiles use; nvidia's GFD label is the fallback.
    private static final List<String> LABEL_KEYS = List.of(GKE_ACCELERATOR, GKE_TPU_ACCELERATOR, NVIDIA_PRODUCT);

    private NodeAccelerators() {}

    public static NodeAccelerator of(Node node) {
        Map<String, String> labels = node.getMetadata().getLabels() == null
                ? Map.of()
                : node.getMetadata().getLabels();
        Map<String, Quantity> allocatable =
                node.getStatus() == null || node.getStatus().getAllocatable() == null
                        ? Map.of()
                        : node.getStatus().getAllocatable();
        String labelKey =
                LABEL_KEYS.stream().filter(labels::containsKey).findFirst().orElse("");
        String resource = allocatable.containsKey(GOOGLE_TPU) || GKE_TPU_ACCELERATOR.equals(labelKey)
                ? GOOGLE_TPU
                : allocatable.containsKey(NVIDIA_GPU) || !labelKey.isEmpty() ? NVIDIA_GPU : "";
        return new NodeAccelerator(
                node.getMetadata().getName(),
                labelKey,
                labelKey.isEmpty() ? "" : labels.get(labelKey),
                resource,
                count(allocatable.get(resource)),
                count(allocatable.get("ephemeral-storage")));
    }

    public static List<NodeAccelerator> of(List<Node> nodes) {
        return nodes.stream()
                .map(NodeAccelerators::of)
                .sorted(Comparator.comparing(NodeAccelerator::node))
                .toList();
    }

    /** One row per accelerator kind, nodes without an accelerator left out. */
    public static List<AcceleratorPool> pools(List<NodeAccelerator> nodes) {
        Map<String, List<NodeAccelerator>> byAccelerator = nodes.stream()
                .filter(NodeAccelerator::hasAccelerator)
                .collect(Collectors.groupingBy(
                        n -> n.labelKey() + "=" + n.accelerator(), LinkedHashMap::new, Collectors.toList()));
        return byAccelerator.values().stream()
                .map(group -> new AcceleratorPool(
                        group.getFirst().labelKey(),
                        group.getFirst().accelerator(),
                        group.getFirst().resource(),
                        group.size(),
                        group.stream()
                                .mapToLong(NodeAccelerator::allocatable)
                                .max()
                                .orElse(0),
                        group.stream().mapToLong(NodeAccelerator::allocatable).sum()))
                .sorted(Comparator.comparing(AcceleratorPool::accelerator))
                .toList();
    }

    private static long count(Quantity quantity) {
        return quantity == null ? 0 : Quantity.getAmountInBytes(quantity).longValue();
    }
}
