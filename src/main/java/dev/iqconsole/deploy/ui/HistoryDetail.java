package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import dev.iqconsole.deploy.DeployService;
import dev.iqconsole.deploy.HistoryEntry;
import dev.iqconsole.deploy.ObjectOutcome;

/** One history entry: outcome per object, the YAML applied, and the generated-to-applied diff. */
class HistoryDetail extends Div {

    private final DeployService deploys;
    private final H2 title = new H2();
    private final Div summary = new Div();
    private final Grid<ObjectOutcome> objects = new Grid<>();
    private final Div diff = new Div();
    private final Pre applied = new Pre();
    private final Pre generated = new Pre();

    HistoryDetail(DeployService deploys) {
        this.deploys = deploys;
        setId("history-detail");
        addClassName("iqc-history-detail");
        title.setId("history-title");
        summary.setId("history-summary");
        objects.setId("history-objects");
        objects.addColumn(ObjectOutcome::kind).setHeader("Kind").setAutoWidth(true);
        objects.addColumn(ObjectOutcome::namespace).setHeader("Namespace").setAutoWidth(true);
        objects.addColumn(ObjectOutcome::name).setHeader("Name").setAutoWidth(true);
        objects.addColumn(o -> o.state().name()).setHeader("Outcome").setAutoWidth(true);
        objects.addColumn(ObjectOutcome::message).setHeader("Message").setFlexGrow(3);
        objects.setAllRowsVisible(true);
        diff.setId("history-diff");
        diff.addClassName("iqc-diff");
        applied.setId("history-applied-yaml");
        applied.addClassName("iqc-logs");
        generated.setId("history-generated-yaml");
        generated.addClassName("iqc-logs");
        var generatedDetails = new Details("Generated YAML", generated);
        add(
                title,
                summary,
                objects,
                new H3("Generated → applied"),
                diff,
                new H3("Applied YAML (secrets redacted)"),
                applied,
                generatedDetails);
        setVisible(false);
    }

    void show(HistoryEntry selected) {
        setVisible(selected != null);
        if (selected == null) {
            return;
        }
        // the list carries no objects or YAML: read the full entry
        HistoryEntry entry = deploys.historyEntry(selected.id()).orElse(selected);
        title.setText(HistoryView.word(entry.action()) + " " + entry.namespace() + "/" + entry.deployment() + " · "
                + HistoryView.word(entry.outcome())
                + (entry.actor() == null ? "" : " · by " + entry.actor()));
        summary.setText(entry.summary());
        objects.setItems(entry.objects());
        applied.setText(blankAsNone(entry.appliedYaml()));
        generated.setText(blankAsNone(entry.generatedYaml()));
        diff.removeAll();
        if (blank(entry.generatedYaml()) && blank(entry.appliedYaml())) {
            diff.add(new Div("No YAML: a " + entry.action().name().toLowerCase() + " sends no manifests."));
            return;
        }
        for (String line : deploys.diff(entry.id())) {
            var row = new Div(line);
            row.addClassName(
                    line.startsWith("+ ") ? "iqc-diff-add" : line.startsWith("- ") ? "iqc-diff-del" : "iqc-diff-same");
            diff.add(row);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankAsNone(String s) {
        return blank(s) ? "(none)" : s;
    }
}
