package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.iqconsole.profile.CurvePoint;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileKey;
import dev.iqconsole.profile.ui.Figures;
import dev.iqconsole.profile.ui.Tags;

/** The chosen profile's figures at its operating point, with where they come from. */
class DeploySummary extends Div {

    private final Paragraph recommendation = new Paragraph();
    private final Paragraph operatingPoint = new Paragraph();
    private final Div metrics = new Div();
    private final Paragraph dataBasis = new Paragraph();
    private final Paragraph tie = new Paragraph();

    DeploySummary() {
        addClassName("iqc-panel");
        setId("perf-summary");
        recommendation.setId("recommendation");
        operatingPoint.addClassName("iqc-muted");
        operatingPoint.setId("operating-point");
        metrics.addClassName("iqc-metrics");
        metrics.setId("metrics");
        dataBasis.addClassName("iqc-muted");
        dataBasis.setId("data-basis");
        tie.setId("server-tie");
        add(new H2("Expected performance per replica"), recommendation, tie, metrics, operatingPoint, dataBasis);
    }

    void show(DeployOutlook outlook) {
        Profile chosen = outlook.resolved().profile();
        ProfileKey key = chosen.key();
        boolean isRecommended = key.equals(outlook.recommended());
        // nothing recommended (no machine has a price for the pricing model): the page shows its first, unpriced
        recommendation.setText(
                (isRecommended ? "Recommended: " : outlook.recommended() == null ? "Shown: " : "Your choice: ")
                        + describe(key)
                        + (isRecommended || outlook.recommended() == null
                                ? ""
                                : ". The recommendation for these settings is " + describe(outlook.recommended())
                                        + "."));
        tie.setText(outlook.tie());
        tie.setVisible(!outlook.tie().isEmpty());
        CurvePoint p = chosen.at().point();
        var cost = chosen.at().cost();
        metrics.removeAll();
        metrics.add(
                metric("Output tokens/s", Figures.tokensPerSecond(p.outputTokensPerSecond()), "output-tps"),
                metric("NTPOT", Figures.millis(p.ntpotMs()), "ntpot"),
                metric("TTFT", Figures.millis(p.ttftMs()), "ttft"),
                metric("ITL", Figures.millis(p.itlMs()), "itl"),
                metric("$ / M input tokens", cost == null ? "n/a" : Figures.usd(cost.usdPerMillionInput()), "usd-in"),
                metric(
                        "$ / M output tokens",
                        cost == null ? "n/a" : Figures.usd(cost.usdPerMillionOutput()),
                        "usd-out"),
                metric("Machine $ / hour", Figures.usdPerHour(cost), "usd-hour"));
        var label = chosen.at().label();
        var badge = Tags.data(label);
        badge.setId("provenance");
        metrics.add(new Div(new Span("Data"), badge));
        dataBasis.setText("These figures are " + label.describe() + "."
                + (ProfileKey.UNSTATED_VERSION.equals(key.serverVersion())
                        ? " Deploy uses " + key.modelServer() + " "
                                + outlook.resolved().plan().server().version() + " ("
                                + outlook.resolved().plan().server().image() + ")."
                        : ""));
        operatingPoint.setText((outlook.resolved().targetsMet()
                                && !outlook.resolved().plan().targets().isEmpty()
                        ? "At the highest load that meets the latency targets"
                        : "At the curve's inflection point, the load past which latency rises steeply")
                + (cost == null
                        ? "; no price is known for " + key.machineType() + "."
                        : ", " + cost.pricingModel().displayName() + " pricing: costs spread "
                                + Figures.usdPerHour(cost) + " (" + Figures.priceBasis(cost.price())
                                + ") over the tokens served.")
                + (outlook.resolved().targetsMet() ? "" : " This choice does not meet the latency targets."));
    }

    /** No figures: a field cannot be read or no profile is chosen; the marked fields say why. */
    void unavailable() {
        recommendation.setText("No figures until the fields marked in red are corrected.");
        tie.setVisible(false);
        metrics.removeAll();
        operatingPoint.setText("");
        dataBasis.setText("");
    }

    static String describe(ProfileKey key) {
        String version = key.serverVersion() == null || key.serverVersion().isBlank() ? "" : " " + key.serverVersion();
        return key.modelServer() + version + " on " + key.acceleratorCount() + " × " + key.accelerator() + " ("
                + key.machineType() + ")";
    }

    private static Div metric(String label, String value, String id) {
        var v = new Span(value);
        v.addClassName("iqc-metric-value");
        var l = new Span(label);
        l.addClassName("iqc-metric-label");
        var metric = new Div(l, v);
        metric.addClassName("iqc-metric");
        metric.setId("metric-" + id);
        return metric;
    }
}
