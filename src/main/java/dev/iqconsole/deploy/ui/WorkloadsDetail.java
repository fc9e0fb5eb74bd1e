package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.iqconsole.cluster.ui.ClusterCalls;
import dev.iqconsole.deploy.DeployService;
import dev.iqconsole.deploy.Diagnosis;
import dev.iqconsole.deploy.Endpoint;
import dev.iqconsole.deploy.RolloutStatus;
import dev.iqconsole.deploy.WorkloadSummary;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One workload: its rollout explained, endpoint, pods, their events and logs, and Delete behind a confirmation. The
 * workload is named by the console's label, so everything here is found whatever the objects are called.
 */
class WorkloadsDetail extends Div {

    private final DeployService deploys;
    private final Consumer<WorkloadSummary> onDelete;
    private final H2 title = new H2();
    private final Span phase = new Span();
    private final Div sentence = new Div();
    private final Grid<RolloutStatus.PodRow> pods = new Grid<>();
    private final Div diagnoses = new Div();
    private final Div endpoint = new Div();
    private final Grid<RolloutStatus.EventRow> events = new Grid<>();
    private final PodLogs logs;
    private final Button delete = new Button("Delete…");
    private String context;
    private WorkloadSummary workload;
    /** Counts reads, so that an answer for a workload the user has since left is dropped. */
    private long reads;

    /** Whether the signed-in user may delete on a context: Delete is shown only then. */
    private final Predicate<String> mayDelete;

    WorkloadsDetail(DeployService deploys, Consumer<WorkloadSummary> onDelete, Predicate<String> mayDelete) {
        this.mayDelete = mayDelete;
        this.deploys = deploys;
        this.onDelete = onDelete;
        this.logs = new PodLogs(deploys);
        setId("workload-detail");
        addClassName("iqc-workload-detail");
        phase.addClassNames("iqc-tag", "iqc-rollout-phase");
        phase.setId("rollout-phase");
        sentence.setId("rollout-sentence");
        diagnoses.setId("rollout-diagnoses");
        endpoint.setId("workload-endpoint");
        pods.addColumn(RolloutStatus.PodRow::name).setHeader("Pod").setAutoWidth(true);
        pods.addColumn(RolloutStatus.PodRow::state).setHeader("State").setAutoWidth(true);
        pods.addColumn(RolloutStatus.PodRow::restarts).setHeader("Restarts");
        pods.addColumn(RolloutStatus.PodRow::node).setHeader("Node");
        pods.setAllRowsVisible(true);
        pods.setEmptyStateText("No pods of this workload yet.");
        pods.setId("workload-pods");
        configureEvents();
        delete.setId("delete-workload");
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(e -> confirm());
        add(
                new Div(title, phase, delete),
                sentence,
                diagnoses,
                new H3("Endpoint"),
                endpoint,
                new H3("Pods"),
                pods,
                new H3("Events"),
                events,
                logs);
        setVisible(false);
    }

    private void configureEvents() {
        events.addColumn(RolloutStatus.EventRow::object).setHeader("Object").setAutoWidth(true);
        events.addColumn(RolloutStatus.EventRow::type).setHeader("Type");
        events.addColumn(RolloutStatus.EventRow::reason).setHeader("Reason");
        events.addColumn(RolloutStatus.EventRow::count).setHeader("Count");
        events.addColumn(RolloutStatus.EventRow::message).setHeader("Message").setFlexGrow(3);
        events.setAllRowsVisible(true);
        events.setEmptyStateText("No events of this workload's Deployment or pods.");
        events.setId("workload-events");
    }

    void show(String context, WorkloadSummary workload) {
        delete.setVisible(context != null && mayDelete.test(context));
        this.context = context;
        this.workload = workload;
        long reading = ++reads;
        setVisible(workload != null);
        if (workload == null) {
            return;
        }
        title.setText(workload.namespace() + "/" + workload.name());
        phase.setText("…");
        sentence.setText("Reading the rollout from " + context + "…");
        diagnoses.removeAll(); // nothing of the workload shown before stays while this one is read
        endpoint.removeAll();
        pods.setItems(List.of());
        events.setItems(List.of());
        logs.clear();
        ClusterCalls.call(
                this, "workload-" + workload.name(), () -> Reading.of(deploys, context, workload), (read, error) -> {
                    if (reading == reads) {
                        showReading(read, error);
                    }
                });
    }

    /** What the page shows of a workload, read from the cluster in one go. */
    private record Reading(RolloutStatus status, Optional<Endpoint> endpoint, List<String> podNames) {

        static Reading of(DeployService deploys, String context, WorkloadSummary workload) {
            String ns = workload.namespace();
            String name = workload.name();
            return new Reading(
                    deploys.status(context, ns, name),
                    deploys.endpoint(context, ns, name),
                    deploys.podNames(context, ns, name));
        }
    }

    private void showReading(Reading read, Throwable error) {
        diagnoses.removeAll();
        if (error != null) {
            phase.setText("UNKNOWN");
            sentence.setText("The rollout cannot be read: " + error.getMessage());
            return;
        }
        RolloutStatus status = read.status();
        phase.setText(status.phase().name());
        sentence.setText(status.sentence());
        pods.setItems(status.pods());
        status.diagnoses().forEach(d -> diagnoses.add(diagnosis(d)));
        events.setItems(status.events());
        showEndpoint(read.endpoint());
        logs.show(context, workload.namespace(), read.podNames());
    }

    private void showEndpoint(Optional<Endpoint> found) {
        endpoint.removeAll();
        found.ifPresentOrElse(
                e -> {
                    if (e.gateway() != null) {
                        endpoint.add(gateway(e.gateway()));
                    }
                    var url = new Div(
                            (e.gateway() == null ? "In the cluster: " : "The replicas' Service: ") + e.inClusterUrl());
                    url.setId("endpoint-url");
                    var forward = new Pre(e.portForwardCommand());
                    forward.setId("port-forward");
                    endpoint.add(
                            url,
                            new Div(
                                    e.gateway() == null
                                            ? "From your workstation:"
                                            : "From your workstation, past the endpoint picker (for a look at one"
                                                    + " replica, not for clients):"),
                            forward);
                },
                () -> endpoint.add(new Div("No Service of this workload: it has no endpoint yet.")));
    }

    /** A serving stack's way in: the Gateway's address, or its name and that the address is still pending. */
    private static Div gateway(Endpoint.GatewayAddress gateway) {
        var way = new Div(
                gateway.pending()
                        ? "Through the Gateway " + gateway.name() + ": its address is pending (its controller has not"
                                + " published one yet; a GKE load balancer takes a few minutes)."
                        : "Through the Gateway " + gateway.name() + ": " + gateway.url());
        way.setId("gateway-endpoint");
        var watch = new Pre(gateway.watchCommand());
        watch.setId("gateway-watch");
        return new Div(way, watch);
    }

    private void confirm() {
        WorkloadSummary target = workload;
        var dialog = new ConfirmDialog();
        dialog.setId("confirm-delete");
        dialog.setHeader("Delete " + target.name() + "?");
        String labelled = target.parts().isEmpty()
                ? "Deployment, Service, service account, monitoring, autoscaler"
                : "the model server's Deployment and Service, the endpoint picker with its RBAC and config, the"
                        + " InferencePool, Gateway, HTTPRoute and policies, monitoring, autoscaler";
        dialog.setText("This deletes every object of " + target.name() + " in namespace " + target.namespace()
                + " of context " + context + " (every object labelled with it: " + labelled + "). The namespace"
                + " and hf-secret stay, as other deployments may use them. This cannot be undone.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Delete");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onDelete.accept(target));
        dialog.open();
    }

    private static Div diagnosis(Diagnosis d) {
        var problem = new Div((d.pod().isEmpty() ? "" : d.pod() + ": ") + d.problem());
        problem.addClassName("iqc-diagnosis-problem");
        var fix = new Div("Fix: " + d.fix());
        fix.addClassName("iqc-diagnosis-fix");
        var box = new Div(problem, fix);
        if (!d.logLines().isEmpty()) {
            var lines = new Pre(String.join("\n", d.logLines()));
            lines.addClassName("iqc-logs");
            box.add(lines);
        }
        box.addClassName("iqc-diagnosis");
        return box;
    }
}
