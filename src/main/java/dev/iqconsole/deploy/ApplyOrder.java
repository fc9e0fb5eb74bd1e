package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Comparator;
import java.util.List;

/** Dependency order ({@link AppliedKind}): what an object refers to is applied before it, and removed after it. */
final class ApplyOrder {

    private ApplyOrder() {}

    /**
     * Stable: objects of the same kind keep the generator's order.
     *
     * @throws IllegalArgumentException for a kind not in {@link AppliedKind}
     */
    static List<HasMetadata> sorted(List<HasMetadata> objects) {
        return objects.stream().sorted(Comparator.comparing(AppliedKind::of)).toList();
    }
}
