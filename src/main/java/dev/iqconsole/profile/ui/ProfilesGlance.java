package dev.iqconsole.profile.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileKey;
import java.util.Comparator;
import java.util.List;

/**
 * A model's profiles at a glance: one row per curve with the deploy page's pick, Spot costs, the machine's hourly
 * price and throughput first, then what the row is, its latencies and its data label, in the deploy page's order (cheapest per output token at the pricing model, ties by
 * throughput, unpriced last) with the deploy page's recommendation first and marked.
 */
public class ProfilesGlance extends Grid<Profile> {

    public ProfilesGlance(List<Profile> profiles, ProfileKey recommended) {
        setId("model-profiles");
        addThemeVariants(GridVariant.ROW_STRIPES);
        // what decides comes first (the recommendation, cost per token, the machine's price, throughput), so that it
        // is in view without scrolling at 1024 px and leads on a phone; what the row is, and the rest, follow
        addColumn(new ComponentRenderer<>(c -> {
                    var tag = Tags.plain(c.key().equals(recommended) ? "Recommended" : "");
                    tag.addClassName("iqc-tag-recommended");
                    tag.setVisible(c.key().equals(recommended));
                    return tag;
                }))
                .setHeader("Deploy page")
                .setAutoWidth(true);
        addColumn(c -> ProfilesTable.usd(c.at().hasCost() ? c.at().cost().usdPerMillionOutput() : null))
                .setHeader("$/M output")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(c -> Figures.usdPerHour(c.at().cost()))
                .setHeader("Machine $/hour")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(c -> Figures.tokensPerSecond(c.at().point().outputTokensPerSecond()))
                .setHeader("Output tok/s")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(c -> c.key().machineType()).setHeader("Machine type").setAutoWidth(true);
        addColumn(c -> accelerator(c.key())).setHeader("Accelerator").setAutoWidth(true);
        addColumn(c -> server(c.key())).setHeader("Model server").setAutoWidth(true);
        addColumn(c -> Figures.millis(c.at().point().ntpotMs()))
                .setHeader("NTPOT")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(c -> Figures.millis(c.at().point().ttftMs()))
                .setHeader("TTFT")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(c -> ProfilesTable.usd(c.at().hasCost() ? c.at().cost().usdPerMillionInput() : null))
                .setHeader("$/M input")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(new ComponentRenderer<>(c -> Tags.data(c.at().label())))
                .setHeader("Data")
                .setAutoWidth(true);
        addColumn(ProfilesGlance::useCase).setHeader("Use case").setAutoWidth(true);
        // stable: the engine's order stays, the recommended row (one of a tie, when servers share a curve) leads
        setItems(profiles.stream()
                .sorted(Comparator.comparing((Profile c) -> !c.key().equals(recommended)))
                .toList());
        setAllRowsVisible(true);
    }

    /** The use case's one display name ({@code Chatbot (ShareGPT)}), as every page and CSV shows it. */
    static String useCase(Profile profile) {
        return profile.useCase() != null
                ? profile.useCase().displayName()
                : profile.key().useCase();
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
