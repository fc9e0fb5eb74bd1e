package dev.iqconsole.profile.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.iqconsole.profile.Curve;
import dev.iqconsole.profile.ProfileKey;
import java.util.Comparator;
import java.util.List;

/** A model's profiles at a glance: one row per curve with its inflection-point figures, fastest first. */
class ProfilesGlance extends Grid<Curve> {

    ProfilesGlance(List<Curve> curves) {
        setId("model-profiles");
        addThemeVariants(GridVariant.ROW_STRIPES);
        addColumn(c -> c.key().machineType()).setHeader("Machine type").setAutoWidth(true);
        addColumn(c -> accelerator(c.key())).setHeader("Accelerator").setAutoWidth(true);
        addColumn(c -> server(c.key())).setHeader("Model server").setAutoWidth(true);
        addColumn(c -> c.key().useCase()).setHeader("Use case").setAutoWidth(true);
        addColumn(c -> Figures.tokensPerSecond(c.inflection().outputTokensPerSecond()))
                .setHeader("Output tok/s")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(c -> Figures.millis(c.inflection().ntpotMs()))
                .setHeader("NTPOT")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(c -> Figures.millis(c.inflection().ttftMs()))
                .setHeader("TTFT")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(new ComponentRenderer<>(c -> Tags.provenance(c.provenance())))
                .setHeader("Data")
                .setAutoWidth(true);
        setItems(curves.stream()
                .sorted(Comparator.comparingDouble((Curve c) -> c.inflection().outputTokensPerSecond())
                        .reversed())
                .toList());
        setAllRowsVisible(true);
    }

    static String accelerator(ProfileKey key) {
        return key.accelerator() + " × " + key.acceleratorCount()
                + (key.tpuTopology() == null ? "" : " (" + key.tpuTopology() + ")");
    }

    static String server(ProfileKey key) {
        return key.modelServer()
                + (key.serverVersion() == null || key.serverVersion().isBlank() ? "" : " " + key.serverVersion());
    }
}
