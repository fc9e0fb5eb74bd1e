package dev.iqconsole.profile.ui;

import dev.iqconsole.base.ui.XyChart;
import dev.iqconsole.profile.Curve;
import dev.iqconsole.profile.CurvePoint;
import dev.iqconsole.profile.Provenance;
import dev.iqconsole.profile.calibration.ServingFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Profile curves as charts: GIQ's "throughput vs NTPOT" view, log-log, one line per curve. */
public final class CurveCharts {

    static final String NTPOT_AXIS = "NTPOT (ms per output token)";
    static final String THROUGHPUT_AXIS = "Output tokens/s";

    private CurveCharts() {}

    /** The legend's name for the marked inflection points. */
    static final String INFLECTION = "inflection point";

    /**
     * One line per curve, named by {@code seriesName}, its inflection point marked. Curves of one machine type with
     * the same points (servers that share a modeled curve) are one line named after all of them: three identical lines
     * on top of each other only crowd the legend.
     */
    public static XyChart throughputVsNtpot(List<Curve> curves, Function<Curve, String> seriesName) {
        var chart = XyChart.of(NTPOT_AXIS, THROUGHPUT_AXIS).logX().logY();
        for (List<Curve> same : sharingPoints(curves)) {
            Curve curve = same.getFirst();
            String name = same.size() == 1 ? seriesName.apply(curve) : machineAndServers(same);
            var points = curve.points().stream().map(CurveCharts::point).toList();
            var inflection = new XyChart.Mark(point(curve.inflection()), INFLECTION);
            chart.line(name, points, List.of(inflection));
            band(chart, curve, name);
        }
        return chart;
    }

    /** The curves grouped by machine type and identical points, in their first curve's order. */
    static List<List<Curve>> sharingPoints(List<Curve> curves) {
        Map<List<Object>, List<Curve>> groups = new LinkedHashMap<>();
        for (Curve curve : curves) {
            groups.computeIfAbsent(
                            List.of(curve.key().machineType(), curve.key().useCase(), curve.points()),
                            k -> new ArrayList<>())
                    .add(curve);
        }
        return List.copyOf(groups.values());
    }

    /**
     * {@code a2-highgpu-1g · vllm, sglang, tgi}: one line for the servers sharing a curve, named without their
     * versions (the table beside it has them) so that the legend stays short on a phone.
     */
    static String machineAndServers(List<Curve> same) {
        return same.getFirst().key().machineType() + " · "
                + same.stream().map(c -> c.key().modelServer()).distinct().collect(Collectors.joining(", "));
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
        chart.line(seriesName, points, List.of(new XyChart.Mark(point(at), OPERATING_POINT)));
        band(chart, curve, seriesName);
        if (ntpotTargetMs != null) {
            chart.targetX(ntpotTargetMs, target(ntpotTargetMs));
        }
        return chart;
    }

    /** The legend's name for the chosen profile's operating point. */
    static final String OPERATING_POINT = "operating point";

    /** The legend's name for an NTPOT target line: {@code NTPOT target 30 ms}. */
    static String target(double ntpotTargetMs) {
        return "NTPOT target " + Figures.millis(ntpotTargetMs);
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
                bandName(f),
                seriesName,
                modeled.stream()
                        .map(p -> new XyChart.Point(p.ntpotMs(), p.outputTokensPerSecond() / f))
                        .toList(),
                modeled.stream()
                        .map(p -> new XyChart.Point(p.ntpotMs(), p.outputTokensPerSecond() * f))
                        .toList());
    }

    /**
     * One legend entry per error, whatever the number of curves: {@code model error ±34%}; a band as wide as an
     * uncalibrated accelerator's reads as a factor ({@code ±170%} would suggest negative throughput).
     */
    static String bandName(double factor) {
        // the figures' text writes the same error with the same method, so the two cannot disagree
        return factor < 2
                ? "model error " + ServingFacts.errorPercent(factor - 1)
                : String.format(java.util.Locale.ROOT, "model error ×/÷ %.1f (not calibrated)", factor);
    }

    private static XyChart.Point point(CurvePoint p) {
        return new XyChart.Point(p.ntpotMs(), p.outputTokensPerSecond());
    }
}
