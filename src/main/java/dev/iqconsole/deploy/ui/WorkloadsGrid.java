package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.iqconsole.deploy.WorkloadSummary;
import java.util.List;

/**
 * The workloads list: what decides first (which one, is it healthy, what it serves), so that a phone shows it without
 * scrolling, then where and what it runs on. A serving stack's pool, picker and replicas are one workload: its parts
 * in one cell; a workload without one says so in the deploy page's words ("vllm alone") rather than leaving it empty.
 */
class WorkloadsGrid extends Grid<WorkloadSummary> {

    static final String EMPTY = "No workload of this console here.";

    WorkloadsGrid() {
        setId("workloads-grid");
        addColumn(WorkloadSummary::name)
                .setHeader("Deployment")
                .setSortable(true)
                .setAutoWidth(true)
                .setFrozen(true);
        addColumn(WorkloadSummary::status).setHeader("Status").setAutoWidth(true);
        addColumn(w -> w.profile().getOrDefault("model", "")).setHeader("Model").setAutoWidth(true);
        addColumn(WorkloadSummary::namespace)
                .setHeader("Namespace")
                .setSortable(true)
                .setAutoWidth(true);
        addColumn(WorkloadSummary::ageText)
                .setHeader("Age")
                .setComparator(WorkloadSummary::age)
                .setSortable(true)
                .setAutoWidth(true);
        addColumn(w -> w.profile().getOrDefault("server", ""))
                .setHeader("Server")
                .setAutoWidth(true);
        addColumn(w -> w.profile().getOrDefault("accelerator", ""))
                .setHeader("Accelerator")
                .setAutoWidth(true);
        // one part a line: on one line a stack's replicas, picker and pool push the row past a desktop's width
        addColumn(new ComponentRenderer<>(WorkloadsGrid::servingStack))
                .setHeader("Serving stack")
                .setAutoWidth(true);
        setAllRowsVisible(true);
        setEmptyStateText(EMPTY);
    }

    static Span servingStack(WorkloadSummary workload) {
        var cell = new Span();
        cell.addClassName("iqc-stacked");
        List<String> lines = workload.parts().isEmpty()
                ? List.of(ServingStackField.alone(workload.profile().get("server")))
                : workload.parts();
        lines.forEach(line -> cell.add(new Span(line)));
        return cell;
    }
}
