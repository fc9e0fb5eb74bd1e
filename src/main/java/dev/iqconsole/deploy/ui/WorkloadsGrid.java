package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.grid.Grid;
import dev.iqconsole.deploy.WorkloadSummary;

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
        addColumn(WorkloadSummary::namespace).setHeader("Namespace").setSortable(true);
        addColumn(WorkloadSummary::ageText)
                .setHeader("Age")
                .setComparator(WorkloadSummary::age)
                .setSortable(true);
        addColumn(w -> w.profile().getOrDefault("server", "")).setHeader("Server");
        addColumn(w -> w.profile().getOrDefault("accelerator", "")).setHeader("Accelerator");
        addColumn(WorkloadsGrid::servingStack).setHeader("Serving stack").setAutoWidth(true);
        setAllRowsVisible(true);
        setEmptyStateText(EMPTY);
    }

    static String servingStack(WorkloadSummary workload) {
        return workload.parts().isEmpty()
                ? ServingStackField.alone(workload.profile().get("server"))
                : workload.partsText();
    }
}
