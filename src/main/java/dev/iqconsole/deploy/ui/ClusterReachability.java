package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.select.Select;
import dev.iqconsole.cluster.ClusterContext;
import dev.iqconsole.cluster.ClusterOverview;
import dev.iqconsole.cluster.ClusterStatus;
import dev.iqconsole.cluster.ui.ClusterCalls;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Marks each kubeconfig context of the deploy page's cluster choice with its reachability, as the Clusters page
 * knows it ({@link ClusterOverview}), checked off the UI thread; the chosen one's sentence is the field's helper text.
 */
final class ClusterReachability {

    private final Select<String> cluster;
    private final Map<String, ClusterStatus> known = new HashMap<>();

    ClusterReachability(Select<String> cluster) {
        this.cluster = cluster;
        cluster.setItemLabelGenerator(this::label);
        cluster.addValueChangeListener(e -> showChosen());
    }

    /** Asks every context at once; each answer (or its timeout, which is an answer too) updates the choice. */
    void check(ClusterOverview overview, List<ClusterContext> contexts) {
        known.clear();
        for (ClusterContext context : contexts) {
            ClusterCalls.answer(cluster, overview.statusAsync(context), (status, error) -> {
                if (status != null) {
                    known.put(context.name(), status);
                }
                cluster.setItemLabelGenerator(this::label); // renders the labels again
                showChosen();
            });
        }
        showChosen();
    }

    /** The Clusters page's sentence for a context known to be unreachable; empty while unknown or reachable. */
    Optional<String> unreachable(String context) {
        ClusterStatus status = context == null ? null : known.get(context);
        return status == null || status.reachable() ? Optional.empty() : Optional.of(status.message());
    }

    String label(String context) {
        ClusterStatus status = known.get(context);
        if (status == null) return context + " · checking…";
        return context + (status.reachable() ? " · reachable" : " · unreachable");
    }

    private void showChosen() {
        String chosen = cluster.getValue();
        if (chosen == null) return;
        ClusterStatus status = known.get(chosen);
        cluster.setHelperText(status == null ? "Checking whether the console can reach it…" : status.message());
        cluster.getElement()
                .setAttribute(
                        "data-reachability",
                        status == null ? "checking" : status.reachable() ? "reachable" : "unreachable");
    }
}
