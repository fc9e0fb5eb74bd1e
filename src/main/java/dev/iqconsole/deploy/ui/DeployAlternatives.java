package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;
import dev.iqconsole.profile.CurvePoint;
import dev.iqconsole.profile.ui.Figures;
import dev.iqconsole.profile.ui.Tags;
import java.util.List;
import java.util.function.Consumer;

/** The model's other machine types with the chosen server, same figures as the summary; a click chooses one. */
class DeployAlternatives extends Grid<DeployAlternative> {

    DeployAlternatives(Consumer<String> choose) {
        setId("alternatives");
        addThemeVariants(GridVariant.ROW_STRIPES);
        setAllRowsVisible(true);
        addComponentColumn(DeployAlternatives::machine)
                .setHeader("Machine type")
                .setAutoWidth(true);
        addColumn(a -> a.profile().key().acceleratorCount() + " × "
                        + a.profile().key().accelerator())
                .setHeader("Accelerator")
                .setAutoWidth(true);
        number("Output tokens/s", a -> Figures.tokensPerSecond(point(a).outputTokensPerSecond()));
        number("NTPOT", a -> Figures.millis(point(a).ntpotMs()));
        number("TTFT", a -> Figures.millis(point(a).ttftMs()));
        number("ITL", a -> Figures.millis(point(a).itlMs()));
        number(
                "$/M input",
                a -> a.profile().at().hasCost()
                        ? Figures.usd(a.profile().at().cost().usdPerMillionInput())
                        : "n/a");
        number(
                "$/M output",
                a -> a.profile().at().hasCost()
                        ? Figures.usd(a.profile().at().cost().usdPerMillionOutput())
                        : "n/a");
        addComponentColumn(a -> Tags.provenance(point(a).provenance())).setHeader("Data");
        addColumn(a -> a.meetsTargets() ? "meets" : "misses (figures at inflection)")
                .setHeader("Targets")
                .setAutoWidth(true);
        addItemClickListener(e -> choose.accept(e.getItem().machineType()));
    }

    void show(List<DeployAlternative> rows, String chosenMachineType) {
        setItems(rows);
        rows.stream()
                .filter(r -> r.machineType().equals(chosenMachineType))
                .findFirst()
                .ifPresentOrElse(this::select, this::deselectAll);
    }

    private static Span machine(DeployAlternative a) {
        var name = new Span(a.machineType());
        if (a.recommended()) {
            var tag = Tags.plain("Recommended");
            tag.addClassName("iqc-tag-recommended");
            return new Span(name, new Span(" "), tag);
        }
        return name;
    }

    private void number(String header, ValueProvider<DeployAlternative, String> value) {
        addColumn(value).setHeader(header).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private static CurvePoint point(DeployAlternative a) {
        return a.profile().at().point();
    }
}
