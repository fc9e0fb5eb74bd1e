package dev.iqconsole.profile.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;

/**
 * Every benchmark point of the chosen curves, at spot prices; the inflection points are tagged. Figures carry the
 * model page's names; gcloud's stay in the CSV export.
 */
class PointsTable extends Grid<PointRow> {

    private final Column<PointRow> queriesPerSecond;
    private final Column<PointRow> inputTokensPerSecond;

    PointsTable() {
        setId("points-table");
        addThemeVariants(GridVariant.ROW_STRIPES);
        addColumn(r -> r.curve().key().machineType())
                .setHeader("Machine type")
                .setAutoWidth(true)
                .setFrozen(true);
        addColumn(r -> ProfilesGlance.accelerator(r.curve().key()))
                .setHeader("Accelerator")
                .setAutoWidth(true);
        queriesPerSecond = number("QPS", r -> Figures.queriesPerSecond(r.point().queriesPerSecond()));
        number("Output tok/s", r -> Figures.tokensPerSecond(r.point().outputTokensPerSecond()));
        inputTokensPerSecond =
                number("Input tok/s", r -> Figures.tokensPerSecond(r.point().inputTokensPerSecond()));
        number("NTPOT", r -> Figures.millis(r.point().ntpotMs()));
        number("TTFT", r -> Figures.millis(r.point().ttftMs()));
        number("ITL", r -> Figures.millis(r.point().itlMs()));
        number(
                "$/M output",
                r -> ProfilesTable.usd(r.priced().hasCost() ? r.priced().cost().usdPerMillionOutput() : null));
        number("Machine $/hour", r -> Figures.usdPerHour(r.priced().cost()));
        addColumn(new ComponentRenderer<>(r -> r.inflection() ? Tags.plain("inflection") : new Span()))
                .setHeader("")
                .setAutoWidth(true);
        addColumn(new ComponentRenderer<>(r -> Tags.data(r.priced().label())))
                .setHeader("Data")
                .setAutoWidth(true);
        setAllRowsVisible(true);
    }

    void show(List<PointRow> rows) {
        // published curves digitized from a chart carry no request rate or input throughput: a column of "n/a" only
        // is left out; where some points have the figure, the others say "n/a"
        queriesPerSecond.setVisible(
                rows.stream().anyMatch(r -> Double.isFinite(r.point().queriesPerSecond())));
        inputTokensPerSecond.setVisible(
                rows.stream().anyMatch(r -> Double.isFinite(r.point().inputTokensPerSecond())));
        setItems(rows);
    }

    private Column<PointRow> number(String header, ValueProvider<PointRow, String> text) {
        return addColumn(text)
                .setHeader(header)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }
}
