package dev.iqconsole.profile.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.ValueProvider;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileKey;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * A model's profiles at a glance, in the deploy page's order (cheapest per output token at the pricing model, ties by
 * throughput, unpriced last) with the deploy page's recommendation first and marked. The first column says what the
 * row is (machine type over accelerators, the Recommended tag inside) and stays put when the table scrolls sideways;
 * what decides follows (cost per output token, the machine's price, throughput), then the servers, each a link to
 * deploy it, the data label, then latencies. Servers that share one curve on a machine type share one row.
 */
public class ProfilesGlance extends Grid<GlanceRow> {

    public ProfilesGlance(List<Profile> profiles, ProfileKey recommended) {
        setId("model-profiles");
        addThemeVariants(GridVariant.ROW_STRIPES);
        addColumn(new ComponentRenderer<>(r -> MachineCell.of(r.first().key(), r.recommended())))
                .setHeader("Machine type")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozen(true);
        number("$/M output", p -> Figures.usd(p.at().usdPerMillionOutput()));
        number("Machine $/hour", p -> Figures.usdPerHour(p.at().cost()));
        number("Output tok/s", p -> Figures.tokensPerSecond(p.at().point().outputTokensPerSecond()));
        addColumn(new ComponentRenderer<>(ProfilesGlance::servers))
                .setHeader("Model server")
                .setAutoWidth(true);
        addColumn(new ComponentRenderer<>(r -> Tags.data(r.first().at().label())))
                .setHeader("Data")
                .setAutoWidth(true);
        number("NTPOT", p -> Figures.millis(p.at().point().ntpotMs()));
        number("TTFT", p -> Figures.millis(p.at().point().ttftMs()));
        number("$/M input", p -> Figures.usd(p.at().usdPerMillionInput()));
        // no use-case column: the page shows one use case, which the hint above the table names
        // stable: the engine's order stays, the recommended row leads
        setItems(GlanceRow.of(profiles, recommended).stream()
                .sorted(Comparator.comparing((GlanceRow r) -> !r.recommended()))
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

    /**
     * The deploy page with this server, version and machine type chosen: {@code deploy/openai/gpt-oss-20b?server=vllm
     * &version=v0.12.0&machine=a2-highgpu-1g}. A version the deploy page does not offer (a published point's unstated
     * one) is ignored there, and its current version chosen.
     */
    static String deployLink(ProfileKey key) {
        return "deploy/" + key.model() + "?server=" + encoded(key.modelServer())
                + (key.serverVersion() == null || key.serverVersion().isBlank()
                        ? ""
                        : "&version=" + encoded(key.serverVersion()))
                + "&machine=" + encoded(key.machineType());
    }

    /** Each server of the row with its version, a link to deploy it on the row's machine type. */
    private static Span servers(GlanceRow row) {
        var cell = new Span();
        cell.addClassName("iqc-servers");
        for (Profile p : row.profiles()) {
            var link = new Anchor(deployLink(p.key()), server(p.key()));
            link.getElement()
                    .setAttribute(
                            "title",
                            "Deploy with " + server(p.key()) + " on " + p.key().machineType());
            cell.add(link);
        }
        return cell;
    }

    private void number(String header, ValueProvider<Profile, String> text) {
        addColumn(r -> text.apply(r.first()))
                .setHeader(header)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
