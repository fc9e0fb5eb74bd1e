package dev.iqconsole.profile.ui;

import dev.iqconsole.base.ui.XyChart;
import dev.iqconsole.profile.Curve;
import dev.iqconsole.profile.CurvePoint;
import dev.iqconsole.profile.Provenance;
import java.util.List;
import java.util.function.Function;

/** Profile curves as charts: GIQ's "throughput vs NTPOT" view, log-log, one line per curve. */
public final class CurveCharts {

    static final String NTPOT_AXIS = "NTPOT (ms per output token)";
    static final String THROUGHPUT_AXIS = "Output tokens/s";

    private CurveCharts() {}

    /** One line per curve, named by {@code seriesName}, its inflection point marked. */
    public static XyChart throughputVsNtpot(List<Curve> curves, Function<Curve, String> seriesName) {
        var chart = XyChart.of(NTPOT_AXIS, THROUGHPUT_AXIS).logX().logY();
        for (Curve curve : curves) {
            var points = curve.points().stream().map(CurveCharts::point).toList();
            var inflection = new XyChart.Mark(point(curve.inflection()), "inflection");
            chart.line(seriesName.apply(curve), points, List.of(inflection));
            band(chart, curve, seriesName.apply(curve));
        }
        return chart;
    }

    /** {@code a3-highgpu-1g · vllm v0.7.2}: enough to tell apart the curves of one model. */
    public static String machineAndServer(Curve curve) {
        var key = curve.key();
        return key.machineType() + " · " + key.modelServer()
                + (key.serverVersion() == null || key.serverVersion().isBlank() ? "" : " " + key.serverVersion());
    }

    /**
     * One curve with the operating point marked and, when there is one, the NTPOT target as a vertical line: the
     * deploy page's chart of the chosen profile.
     */
    public static XyChart operatingPoint(Curve curve, CurvePoint at, String seriesName, Double ntpotTargetMs) {
        var chart = XyChart.of(NTPOT_AXIS, THROUGHPUT_AXIS).logX().logY();
        var points = curve.points().stream().map(CurveCharts::point).toList();
        chart.line(seriesName, points, List.of(new XyChart.Mark(point(at), "operating point")));
        band(chart, curve, seriesName);
        if (ntpotTargetMs != null) {
            chart.targetX(ntpotTargetMs, "target " + Figures.millis(ntpotTargetMs));
        }
        return chart;
    }

    /**
     * A modeled curve's band: its modeled points' throughput x/÷ the calibrated model's held-out error, at the same
     * NTPOT (published points are measurements and carry no band).
     */
    static void band(XyChart chart, Curve curve, String seriesName) {
        var factor = curve.errorFactor();
        if (factor.isEmpty()) return;
        var modeled = curve.points().stream()
                .filter(p -> p.provenance() == Provenance.MODELED)
                .toList();
        if (modeled.isEmpty()) return;
        double f = factor.getAsDouble();
        chart.band(
                seriesName + " ±" + Math.round((f - 1) * 100) + "% (model error)",
                modeled.stream()
                        .map(p -> new XyChart.Point(p.ntpotMs(), p.outputTokensPerSecond() / f))
                        .toList(),
                modeled.stream()
                        .map(p -> new XyChart.Point(p.ntpotMs(), p.outputTokensPerSecond() * f))
                        .toList());
    }

    private static XyChart.Point point(CurvePoint p) {
        return new XyChart.Point(p.ntpotMs(), p.outputTokensPerSecond());
    }
}
