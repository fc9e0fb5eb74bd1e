package dev.iqconsole.profile.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.ValueProvider;
import dev.iqconsole.profile.Profile;
import java.util.List;

/**
 * {@code gcloud container ai profiles list} as a table, one row per profile at its operating point, "n/a" where the
 * machine type has no price. gcloud's columns (docs/reference/gke-inference-quickstart.md §3.5) under the model page's
 * names for the same figures, and in its order: what the row is, then what decides (cost per output token, the
 * machine's hourly price, throughput), latencies, then the rest and the row's data label. gcloud's own names and order
 * stay in the CSV export. The serving-stack columns are left out: no profile here has a serving stack, so they would
 * always be empty (the CSV keeps them).
 */
class ProfilesTable extends Grid<Profile> {

    ProfilesTable() {
        setId("profiles-table");
        addThemeVariants(GridVariant.ROW_STRIPES);
        // the machine type over its accelerators, as on the model page: what the row is, in view on a phone too
        addColumn(new ComponentRenderer<>(p -> MachineCell.of(p.key(), false)))
                .setHeader("Machine type")
                .setAutoWidth(true)
                .setFrozen(true);
        number("$/M output", p -> Figures.usd(p.at().usdPerMillionOutput()));
        number("Machine $/hour", p -> Figures.usdPerHour(p.at().cost()));
        number("Output tok/s", p -> Figures.tokensPerSecond(p.at().point().outputTokensPerSecond()));
        number("NTPOT", p -> Figures.millis(p.at().point().ntpotMs()));
        number("TTFT", p -> Figures.millis(p.at().point().ttftMs()));
        number("ITL", p -> Figures.millis(p.at().point().itlMs()));
        number("$/M input", p -> Figures.usd(p.at().usdPerMillionInput()));
        addColumn(p -> p.key().modelServer()).setHeader("Model server").setAutoWidth(true);
        addColumn(p -> p.key().serverVersion()).setHeader("Version").setAutoWidth(true);
        addColumn(p -> p.key().model()).setHeader("Model").setAutoWidth(true);
        addColumn(ProfilesGlance::useCase).setHeader("Use case").setAutoWidth(true);
        number(
                "Avg input length",
                p -> p.useCase() != null ? String.valueOf(p.useCase().averageInputTokens()) : "");
        number(
                "Avg output length",
                p -> p.useCase() != null ? String.valueOf(p.useCase().averageOutputTokens()) : "");
        // plain text like the rest of this gcloud-shaped table; the tooltip says what the label rests on
        addColumn(p -> p.at().label().label())
                .setHeader("Data")
                .setTooltipGenerator(p -> p.at().label().describe())
                .setAutoWidth(true);
        setAllRowsVisible(true);
    }

    void show(List<Profile> profiles) {
        setItems(profiles);
    }

    private void number(String header, ValueProvider<Profile, String> text) {
        addColumn(text).setHeader(header).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }
}
