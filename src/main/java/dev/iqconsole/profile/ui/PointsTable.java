package dev.iqconsole.profile.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.ValueProvider;
import dev.iqconsole.profile.CurvePoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * Every benchmark point of the chosen curves, at spot prices; the inflection points are tagged. Figures carry the
 * model page's names; gcloud's stay in the CSV export.
 */
class PointsTable extends Grid<PointRow> {

    /** The columns of figures a source may lack, with the figure: shown only when some point has it. */
    private final Map<Column<PointRow>, ToDoubleFunction<CurvePoint>> optional = new LinkedHashMap<>();

    PointsTable() {
        setId("points-table");
        addThemeVariants(GridVariant.ROW_STRIPES);
        addColumn(new ComponentRenderer<>(r -> MachineCell.of(r.curve().key(), false)))
                .setHeader("Machine type")
                .setAutoWidth(true)
                .setFrozen(true);
        optional("QPS", CurvePoint::queriesPerSecond, Figures::queriesPerSecond);
        number("Output tok/s", r -> Figures.tokensPerSecond(r.point().outputTokensPerSecond()));
        optional("Input tok/s", CurvePoint::inputTokensPerSecond, Figures::tokensPerSecond);
        number("NTPOT", r -> Figures.millis(r.point().ntpotMs()));
        optional("TTFT", CurvePoint::ttftMs, Figures::millis);
        optional("ITL", CurvePoint::itlMs, Figures::millis);
        number("$/M output", r -> Figures.usd(r.priced().usdPerMillionOutput()));
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
        // curves digitized from a published chart carry no request rate, input throughput, TTFT or ITL: a column of
        // "n/a" only is left out; where some points have the figure, the others say "n/a"
        optional.forEach((column, figure) ->
                column.setVisible(rows.stream().anyMatch(r -> Double.isFinite(figure.applyAsDouble(r.point())))));
        setItems(rows);
    }

    private void optional(String header, ToDoubleFunction<CurvePoint> figure, DoubleFunction<String> text) {
        optional.put(number(header, r -> text.apply(figure.applyAsDouble(r.point()))), figure);
    }

    private Column<PointRow> number(String header, ValueProvider<PointRow, String> text) {
        return addColumn(text)
                .setHeader(header)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }
}
