package dev.iqconsole.profile.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import dev.iqconsole.profile.Profile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * {@code gcloud container ai profiles list} as a table: gcloud's columns in gcloud's order (docs/reference/gke-inference-quickstart.md §3.5), one
 * row per profile at its operating point, "n/a" where the machine type has no price, then the machine's hourly price
 * the costs come from and the row's data label. The serving-stack columns are left out: no profile here has a serving
 * stack, so they would always be empty (the CSV keeps them).
 */
class ProfilesTable extends Grid<Profile> {

    /** As every other figure the console does not know: {@link Figures}' "n/a", one spelling on every page. */
    static final String NOT_PRICED = "n/a";

    ProfilesTable() {
        setId("profiles-table");
        addThemeVariants(GridVariant.ROW_STRIPES);
        addColumn(p -> p.key().machineType()).setHeader("Instance Type").setAutoWidth(true);
        addColumn(p -> ProfilesGlance.accelerator(p.key()))
                .setHeader("Accelerator")
                .setAutoWidth(true);
        number("Cost/M Input Tokens", p -> usd(p.at().hasCost() ? p.at().cost().usdPerMillionInput() : null));
        number("Cost/M Output Tokens", p -> usd(p.at().hasCost() ? p.at().cost().usdPerMillionOutput() : null));
        number("Machine $/hour", p -> Figures.usdPerHour(p.at().cost()));
        number("Output Tokens/s", p -> Figures.tokensPerSecond(p.at().point().outputTokensPerSecond()));
        number("NTPOT", p -> Figures.millis(p.at().point().ntpotMs()));
        number("TTFT", p -> Figures.millis(p.at().point().ttftMs()));
        number("ITL", p -> Figures.millis(p.at().point().itlMs()));
        addColumn(p -> p.key().modelServer()).setHeader("Model Server").setAutoWidth(true);
        addColumn(p -> p.key().serverVersion())
                .setHeader("Model Server Version")
                .setAutoWidth(true);
        addColumn(p -> p.key().model()).setHeader("Model").setAutoWidth(true);
        addColumn(ProfilesGlance::useCase).setHeader("Use Case").setAutoWidth(true);
        number(
                "Avg Input Length",
                p -> p.useCase() != null ? String.valueOf(p.useCase().averageInputTokens()) : "");
        number(
                "Avg Output Length",
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

    /** gcloud's three decimals ({@code f"{v:.3f}"}), so the table reads as the CLI and the CSV do. */
    static String usd(BigDecimal value) {
        return value == null ? NOT_PRICED : "$" + String.format(Locale.ROOT, "%.3f", value);
    }

    private void number(String header, ValueProvider<Profile, String> text) {
        addColumn(text).setHeader(header).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }
}
