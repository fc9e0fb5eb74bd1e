package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import dev.iqconsole.profile.CurvePoint;
import dev.iqconsole.profile.ui.Figures;
import dev.iqconsole.profile.ui.MachineCell;
import dev.iqconsole.profile.ui.Tags;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The model's other machine types with the chosen server, same figures as the summary; a click (or Enter on a focused
 * row) chooses one. A plain HTML table rather than a Grid: a dozen rows need no virtual scrolling, and the Grid's
 * measuring of its columns was the largest single cost of the deploy page's first load in the browser.
 */
class DeployAlternatives extends NativeTable {

    /** A column: its header, whether it holds a number (right-aligned), and what a row shows in it. */
    private record Column(String header, boolean numeric, Function<DeployAlternative, Component> cell) {

        static Column number(String header, Function<DeployAlternative, String> text) {
            return new Column(header, true, a -> new Span(text.apply(a)));
        }
    }

    /**
     * What the row is, then what decides between rows (cost per output token, the machine's price, throughput, in the
     * model page's order and words) so that they are in view at 1024 px without scrolling the table, then latencies.
     */
    private static final List<Column> COLUMNS = List.of(
            new Column("Machine type", false, a -> MachineCell.of(a.profile().key(), a.recommended())),
            Column.number("$/M output", a -> Figures.usd(a.profile().at().usdPerMillionOutput())),
            Column.number(
                    "Machine $/hour", a -> Figures.usdPerHour(a.profile().at().cost())),
            Column.number("Output tok/s", a -> Figures.tokensPerSecond(point(a).outputTokensPerSecond())),
            Column.number("NTPOT", a -> Figures.millis(point(a).ntpotMs())),
            Column.number("TTFT", a -> Figures.millis(point(a).ttftMs())),
            Column.number("ITL", a -> Figures.millis(point(a).itlMs())),
            Column.number("$/M input", a -> Figures.usd(a.profile().at().usdPerMillionInput())),
            new Column("Data", false, a -> Tags.data(a.profile().at().label())),
            new Column("Targets", false, a -> new Span(a.meetsTargets() ? "meets" : "misses (figures at inflection)")));

    private final Consumer<String> choose;
    private final NativeTableBody body = new NativeTableBody();
    private List<DeployAlternative> rows = List.of();

    DeployAlternatives(Consumer<String> choose) {
        this.choose = choose;
        setId("alternatives");
        addClassName("iqc-table");
        var header = new NativeTableRow();
        for (Column column : COLUMNS) {
            var cell = new NativeTableHeaderCell(column.header());
            cell.getElement().setAttribute("scope", "col");
            alignNumbers(cell, column);
            header.add(cell);
        }
        getHead().add(header);
        add(body);
    }

    /** Shows these rows, the chosen machine type's row marked as selected. */
    void show(List<DeployAlternative> rows, String chosenMachineType) {
        this.rows = List.copyOf(rows);
        body.removeAll();
        for (DeployAlternative alternative : rows) {
            body.add(row(alternative, alternative.machineType().equals(chosenMachineType)));
        }
    }

    /** The rows shown, in order. */
    List<DeployAlternative> rows() {
        return rows;
    }

    private NativeTableRow row(DeployAlternative alternative, boolean selected) {
        var row = new NativeTableRow();
        row.getElement().setAttribute("data-machine-type", alternative.machineType());
        row.getElement().setAttribute("aria-selected", String.valueOf(selected));
        row.getElement().setAttribute("tabindex", "0");
        row.getElement().addEventListener("click", e -> choose.accept(alternative.machineType()));
        row.getElement()
                .addEventListener("keydown", e -> choose.accept(alternative.machineType()))
                .setFilter("event.key === 'Enter' || event.key === ' '");
        for (Column column : COLUMNS) {
            var cell = new NativeTableCell(column.cell().apply(alternative));
            alignNumbers(cell, column);
            row.add(cell);
        }
        return row;
    }

    private static void alignNumbers(Component cell, Column column) {
        if (column.numeric()) {
            cell.getElement().getClassList().add("iqc-number");
        }
    }

    private static CurvePoint point(DeployAlternative a) {
        return a.profile().at().point();
    }
}
