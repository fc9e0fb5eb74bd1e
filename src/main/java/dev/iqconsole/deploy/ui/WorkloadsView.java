package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.iqconsole.base.ui.ViewAddress;
import dev.iqconsole.cluster.ClusterClients;
import dev.iqconsole.cluster.ClusterContext;
import dev.iqconsole.cluster.ui.ClusterCalls;
import dev.iqconsole.deploy.DeployService;
import dev.iqconsole.deploy.ObjectOutcome;
import dev.iqconsole.deploy.PreflightReport;
import dev.iqconsole.deploy.WorkloadSummary;
import dev.iqconsole.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The model deployments this console manages in one context (found by the console's labels), across namespaces or
 * in one: {@code workloads?context=gke-prod&namespace=models}; {@code &deployment=gemma-2-27b-it-vllm} (the link a
 * deploy ends with) also selects that workload. Selecting one shows its rollout explained, its endpoint and its
 * pods' events and logs, and offers Delete.
 */
@Route("workloads")
@PageTitle("Workloads · Inference Quickstart Console")
@Menu(title = "Workloads", order = 40, icon = "vaadin:server")
@PermitAll
class WorkloadsView extends Div implements BeforeEnterObserver {

    static final String ALL_NAMESPACES = "";

    private final DeployService deploys;
    private final CurrentUser user;
    private final Select<String> context = new Select<>();
    private final Select<String> namespace = new Select<>();
    private final WorkloadsGrid grid = new WorkloadsGrid();
    private final Paragraph problem = new Paragraph();
    private final WorkloadsDetail detail;
    private List<WorkloadSummary> loaded = List.of();
    /** The workload the address names, selected once the list has arrived. */
    private String wanted = "";

    private long loads;
    private final ViewAddress address = new ViewAddress(this, this::location);

    WorkloadsView(DeployService deploys, ClusterClients clients, CurrentUser user) {
        this.deploys = deploys;
        this.user = user;
        this.detail = new WorkloadsDetail(deploys, this::confirmedDelete, user::mayChange);
        addClassName("iqc-page");
        setId("workloads-view");

        context.setLabel("Context");
        context.setId("workloads-context");
        context.setItems(contextNames(clients));
        namespace.setLabel("Namespace");
        namespace.setId("workloads-namespace");
        namespace.setItemLabelGenerator(ns -> ns.isEmpty() ? "All namespaces" : ns);
        namespace.setItems(ALL_NAMESPACES);
        namespace.setValue(ALL_NAMESPACES);
        var refresh = new Button("Refresh", e -> load());
        refresh.setId("refresh-workloads");
        var toolbar = new Div(context, namespace, refresh);
        toolbar.addClassName("iqc-toolbar");

        problem.addClassName("iqc-empty");
        problem.setId("workloads-problem");
        problem.setVisible(false);
        grid.asSingleSelect().addValueChangeListener(e -> {
            detail.show(context.getValue(), e.getValue());
            address.changed();
        });

        context.addValueChangeListener(e -> load());
        namespace.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show();
                address.changed();
            }
        });
        add(new H1("Workloads"), lead(), toolbar, problem, grid, detail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the address this view wrote, back as a navigation (ViewAddress): loading again would close the detail
        if (!address.enter(event.getLocation())) {
            return;
        }
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        String wantedNamespace = first(query.get("namespace"));
        if (!wantedNamespace.isEmpty()) {
            namespace.setItems(ALL_NAMESPACES, wantedNamespace);
            namespace.setValue(wantedNamespace);
        }
        wanted = first(query.get("deployment"));
        String wantedContext = first(query.get("context"));
        List<String> known = context.getListDataView().getItems().toList();
        String chosen = known.contains(wantedContext) ? wantedContext : known.isEmpty() ? null : known.getFirst();
        if (chosen == null) {
            showProblem("No kubeconfig context found: the Clusters page says where the console looks.");
        } else if (chosen.equals(context.getValue())) {
            load();
        } else {
            context.setValue(chosen); // loads
        }
        if (!wantedContext.isEmpty() && !known.contains(wantedContext)) {
            showProblem("There is no context named '" + wantedContext + "' in the kubeconfig; showing " + chosen
                    + " instead.");
        }
    }

    /**
     * Lists the context's workloads off the UI thread: a context that does not answer keeps only the grid waiting
     * (until the client's timeout), never the page. A newer load makes an older answer stale.
     */
    private void load() {
        problem.setVisible(false);
        String ctx = context.getValue();
        if (ctx == null) {
            return;
        }
        long generation = ++loads;
        grid.setEmptyStateText("Loading the workloads of " + ctx + "…");
        ClusterCalls.call(this, "workloads-" + ctx, () -> deploys.workloads(ctx), (workloads, error) -> {
            if (generation == loads) {
                loaded(ctx, workloads, error);
            }
        });
    }

    private void loaded(String ctx, List<WorkloadSummary> workloads, Throwable error) {
        grid.setEmptyStateText(WorkloadsGrid.EMPTY);
        if (error != null) {
            loaded = List.of();
            showProblem("The workloads of " + ctx + " cannot be listed: " + error.getMessage());
        } else {
            loaded = workloads;
        }
        String keep = namespace.getValue();
        List<String> namespaces = new ArrayList<>(List.of(ALL_NAMESPACES));
        Stream.concat(loaded.stream().map(WorkloadSummary::namespace), Stream.ofNullable(keep))
                .filter(ns -> !ns.isEmpty())
                .distinct()
                .sorted()
                .forEach(namespaces::add);
        namespace.setItems(namespaces);
        namespace.setValue(keep == null ? ALL_NAMESPACES : keep);
        show();
        grid.getListDataView()
                .getItems()
                .filter(w -> w.name().equals(wanted))
                .findFirst()
                .ifPresent(grid::select);
        wanted = "";
        address.changed();
    }

    private void show() {
        String ns = namespace.getValue();
        grid.setItems(loaded.stream()
                .filter(w -> ns == null || ns.isEmpty() || w.namespace().equals(ns))
                .toList());
        grid.recalculateColumnWidths(); // the widths of the rows that arrived, not of the empty grid
        detail.show(context.getValue(), null);
    }

    /** The address of what the page shows: the context, the namespace and the selected workload. */
    Location location() {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("context", Objects.requireNonNullElse(context.getValue(), ""));
        parameters.put("namespace", Objects.requireNonNullElse(namespace.getValue(), ALL_NAMESPACES));
        grid.asSingleSelect().getOptionalValue().ifPresent(w -> parameters.put("deployment", w.name()));
        return new Location("workloads", QueryParameters.simple(parameters));
    }

    private void confirmedDelete(WorkloadSummary workload) {
        String ctx = context.getValue();
        if (!user.mayChange(ctx)) { // Delete is hidden too; a forged click still ends here
            showProblem(user.refusal(ctx));
            return;
        }
        ClusterCalls.call(
                this,
                "delete-" + workload.name(),
                () -> deploys.delete(ctx, workload.namespace(), workload.name()),
                (result, error) -> {
                    String summary = error != null
                            ? "Deleting " + workload.name() + " failed: " + error.getMessage()
                            : result.objects().stream().anyMatch(o -> o.state() == ObjectOutcome.State.FAILED)
                                    ? "Some objects of " + workload.name() + " could not be deleted; see History."
                                    : "Deleted "
                                            + PreflightReport.counted(
                                                    result.objects().size(), "object") + " of " + workload.name() + ".";
                    Notification.show(summary, 6000, Notification.Position.BOTTOM_START)
                            .setId("delete-result");
                    load();
                });
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private static List<String> contextNames(ClusterClients clients) {
        try {
            return clients.contexts().stream().map(ClusterContext::name).toList();
        } catch (IllegalArgumentException e) {
            return List.of(); // an unreadable kubeconfig: the Clusters page says why
        }
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? "" : values.getFirst().strip();
    }

    private static Paragraph lead() {
        var lead = new Paragraph("Model deployments this console made, found by their labels. Select one to see"
                + " its rollout in plain words, its endpoint and its logs.");
        lead.addClassName("iqc-lead");
        return lead;
    }
}
