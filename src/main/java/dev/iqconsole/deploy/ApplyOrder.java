package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Dependency order: what an object refers to is applied before it, and removed after it. */
final class ApplyOrder {

    private static final Map<String, Integer> RANK = Map.ofEntries(
            Map.entry("Namespace", 0),
            Map.entry("Secret", 1),
            Map.entry("ConfigMap", 1),
            Map.entry("ServiceAccount", 1),
            Map.entry("PersistentVolumeClaim", 1),
            Map.entry("Deployment", 2),
            Map.entry("StatefulSet", 2),
            Map.entry("LeaderWorkerSet", 2),
            Map.entry("Service", 3),
            Map.entry("PodMonitoring", 4),
            Map.entry("ServiceMonitor", 4),
            Map.entry("HorizontalPodAutoscaler", 5));

    private ApplyOrder() {}

    static int rank(HasMetadata object) {
        return RANK.getOrDefault(object.getKind(), 6);
    }

    /** Stable: objects of the same rank keep the generator's order. */
    static List<HasMetadata> sorted(List<HasMetadata> objects) {
        return objects.stream()
                .sorted(Comparator.comparingInt(ApplyOrder::rank))
                .toList();
    }
}
