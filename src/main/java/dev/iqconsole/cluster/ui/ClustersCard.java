package dev.iqconsole.cluster.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import dev.iqconsole.cluster.AcceleratorPool;
import dev.iqconsole.cluster.ClusterContext;
import dev.iqconsole.cluster.ClusterStatus;
import dev.iqconsole.cluster.NodeAccelerator;
import java.util.stream.Collectors;

/** One kubeconfig context: what the kubeconfig says at once, then reachability and accelerators when known. */
class ClustersCard extends Div {

    private final Span state = new Span("Checking…");
    private final Div message = new Div();
    private final Grid<AcceleratorPool> accelerators = new Grid<>();
    private final Div noAccelerators = new Div("No node carries an accelerator label or allocatable GPU/TPU.");

    private ClusterStatus status;

    ClustersCard(ClusterContext context) {
        addClassName("iqc-cluster-card");
        getElement().setAttribute("data-context", context.name());
        getElement().setAttribute("data-state", "checking");
        state.addClassNames("iqc-tag", "iqc-cluster-state");
        message.addClassName("iqc-cluster-message");
        noAccelerators.addClassName("iqc-muted");
        noAccelerators.setVisible(false);
        accelerators
                .addColumn(p -> p.labelKey() + "=" + p.accelerator())
                .setHeader("Accelerator label")
                .setAutoWidth(true);
        accelerators.addColumn(AcceleratorPool::resource).setHeader("Resource");
        accelerators.addColumn(AcceleratorPool::nodes).setHeader("Nodes");
        accelerators.addColumn(AcceleratorPool::allocatablePerNodeMax).setHeader("Allocatable per node");
        accelerators.addColumn(AcceleratorPool::allocatableTotal).setHeader("Allocatable in total");
        // the nodes of each pool: GKE names them after their node pool, and they are what kubectl shows
        accelerators.addColumn(this::nodesOf).setHeader("Nodes").setFlexGrow(2);
        accelerators.setAllRowsVisible(true);
        accelerators.setVisible(false);
        accelerators.addClassName("iqc-cluster-accelerators");
        add(new H2(context.name()), state, facts(context), message, accelerators, noAccelerators);
    }

    void show(ClusterStatus status) {
        this.status = status;
        getElement().setAttribute("data-state", status.reachable() ? "reachable" : "unreachable");
        state.setText(status.reachable() ? "Reachable" : "Unreachable");
        state.addClassName(status.reachable() ? "iqc-tag-ok" : "iqc-tag-error");
        message.setText(status.message());
        accelerators.setItems(status.accelerators());
        accelerators.setVisible(!status.accelerators().isEmpty());
        noAccelerators.setVisible(status.reachable() && status.accelerators().isEmpty());
    }

    String stateText() {
        return state.getText();
    }

    String messageText() {
        return message.getText();
    }

    Grid<AcceleratorPool> acceleratorGrid() {
        return accelerators;
    }

    private String nodesOf(AcceleratorPool pool) {
        return status == null
                ? ""
                : status.nodes().stream()
                        .filter(n -> n.labelKey().equals(pool.labelKey())
                                && n.accelerator().equals(pool.accelerator()))
                        .map(NodeAccelerator::node)
                        .collect(Collectors.joining(", "));
    }

    private static Div facts(ClusterContext context) {
        var facts = new Div(
                fact("Cluster", context.cluster()),
                fact("Server", context.server()),
                fact("Default namespace", context.namespace()),
                fact("User", context.user()),
                fact("Credential plugin", context.usesCredentialPlugin() ? context.credentialPlugin() : "none"));
        facts.addClassName("iqc-facts");
        return facts;
    }

    private static Div fact(String label, String value) {
        var l = new Span(label);
        l.addClassName("iqc-muted");
        var v = new Span(value == null || value.isBlank() ? "–" : value);
        v.getElement().setAttribute("data-fact", label);
        var fact = new Div(l, v);
        fact.addClassName("iqc-fact");
        return fact;
    }
}
