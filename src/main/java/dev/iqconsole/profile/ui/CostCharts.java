package dev.iqconsole.profile.ui;

import dev.iqconsole.base.ui.XyChart;
import dev.iqconsole.profile.BenchmarkCurve;
import dev.iqconsole.profile.PricedPoint;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileKey;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Token costs as charts, after GIQ's notebook: cost against latency, input against output cost, quality vs price. */
final class CostCharts {

    static final String OUTPUT_COST_AXIS = "$ per million output tokens";
    static final String INPUT_COST_AXIS = "$ per million input tokens";
    static final String QUALITY_AXIS = "Quality (Chatbot Arena Elo)";
    static final String MODELS_SERIES = "Models (cheapest profile)";

    private CostCharts() {}

    /**
     * {@link #inputVsOutputCost} as an ECharts option with both axes from zero and larger symbols: the profiles lie
     * on one line through the origin, and with two or three points ECharts' fitted bounds put them on the frame.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> inputVsOutputOption(List<Profile> profiles) {
        var option = inputVsOutputCost(profiles).option();
        for (String axis : List.of("xAxis", "yAxis")) {
            ((Map<String, Object>) option.get(axis)).put("scale", false);
        }
        for (var series : (List<Map<String, Object>>) option.get("series")) {
            series.put("symbolSize", 12);
        }
        return option;
    }

    /** One model's quality against the $/M output tokens of its cheapest profile. */
    record QualityPoint(String displayName, int elo, BigDecimal usdPerMillionOutput) {}

    /**
     * One line per curve through its priced points (log-log); unpriced points are left out. Series go in machine-type
     * order in every chart of the page, so a machine type keeps its colour from chart to chart.
     */
    static XyChart costVsNtpot(List<BenchmarkCurve> curves, Double ntpotTargetMs) {
        var chart = XyChart.of(CurveCharts.NTPOT_AXIS, OUTPUT_COST_AXIS).logX().logY();
        for (BenchmarkCurve curve : curves.stream()
                .sorted(Comparator.comparing((BenchmarkCurve c) -> c.key().machineType()))
                .toList()) {
            var points = curve.points().stream()
                    .filter(PricedPoint::hasCost)
                    .filter(p -> p.cost().usdPerMillionOutput() != null)
                    .map(p -> new XyChart.Point(
                            p.point().ntpotMs(), p.cost().usdPerMillionOutput().doubleValue()))
                    .toList();
            if (!points.isEmpty()) {
                chart.line(name(curve.key()), points, List.of());
            }
        }
        if (ntpotTargetMs != null) {
            chart.targetX(ntpotTargetMs, CurveCharts.target(ntpotTargetMs));
        }
        return chart;
    }

    /** One symbol per profile at its operating point: where input and output tokens cost what. */
    static XyChart inputVsOutputCost(List<Profile> profiles) {
        var chart = XyChart.of(INPUT_COST_AXIS, OUTPUT_COST_AXIS);
        for (Profile profile : profiles.stream()
                .sorted(Comparator.comparing((Profile p) -> p.key().machineType()))
                .toList()) {
            var cost = profile.at().cost();
            if (cost == null || cost.usdPerMillionInput() == null || cost.usdPerMillionOutput() == null) {
                continue;
            }
            var point = new XyChart.Point(
                    cost.usdPerMillionInput().doubleValue(),
                    cost.usdPerMillionOutput().doubleValue());
            chart.scatter(name(profile.key()), List.of(point), List.of());
        }
        return chart;
    }

    /**
     * One series of models, each point labelled with the model's name where the label overlaps no other (a legend of
     * twenty names would crowd the small panel; the tooltip names every point); the price axis is logarithmic as
     * prices span orders of magnitude.
     */
    static XyChart qualityVsPrice(List<QualityPoint> models) {
        var chart = XyChart.of(OUTPUT_COST_AXIS, QUALITY_AXIS).logX();
        if (models.isEmpty()) {
            return chart;
        }
        return chart.labelledScatter(
                MODELS_SERIES,
                models.stream()
                        .map(m -> new XyChart.Named(
                                new XyChart.Point(m.usdPerMillionOutput().doubleValue(), m.elo()), m.displayName()))
                        .toList());
    }

    /** The machine type alone (it fixes the accelerator): longer names overflow the small panels' legends. */
    static String name(ProfileKey key) {
        return key.machineType();
    }
}
