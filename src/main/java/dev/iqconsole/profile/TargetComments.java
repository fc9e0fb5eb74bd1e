package dev.iqconsole.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Explains an empty answer in plain words instead of an empty silence. GIQ's own troubleshooting advice for an
 * unmet target is to relax it; we say by how much, with the range the matching profiles can reach.
 */
final class TargetComments {

    private TargetComments() {}

    static String whenNoneReturned(List<Curve> matching, LatencyTargets targets, boolean someMeetLatency) {
        if (matching.isEmpty()) {
            return "No profiles match these filters.";
        }
        if (someMeetLatency) {
            return "Profiles meet the latency targets, but none at or under the cost target at that operating point."
                    + " Raise or remove the cost target to see the cheapest ones.";
        }
        List<String> reasons = new ArrayList<>();
        below(reasons, "NTPOT", targets.ntpotMs(), matching, CurvePoint::ntpotMs);
        below(reasons, "TTFT", targets.ttftMs(), matching, CurvePoint::ttftMs);
        below(reasons, "ITL", targets.itlMs(), matching, CurvePoint::itlMs);
        if (reasons.isEmpty()) {
            return "Each latency target is reachable on its own, but no profile meets all of them together."
                    + " Relax one of the targets.";
        }
        return String.join(" ", reasons) + " Relax the target, or choose a smaller model or a faster accelerator.";
    }

    private static void below(
            List<String> reasons, String metric, Double target, List<Curve> curves, ToDoubleFunction<CurvePoint> of) {
        if (target == null) {
            return;
        }
        MetricRange bestPerProfile = MetricRange.UNKNOWN;
        for (Curve curve : curves) {
            double best = Double.NaN;
            for (CurvePoint point : curve.points()) {
                double value = of.applyAsDouble(point);
                if (!Double.isNaN(value) && !(value >= best)) {
                    best = value;
                }
            }
            bestPerProfile = bestPerProfile.including(best);
        }
        if (!bestPerProfile.isKnown()) {
            reasons.add("No matching profile reports " + metric + ", so none can be shown to meet the " + metric
                    + " target of " + ms(target) + ".");
        } else if (target < bestPerProfile.min()) {
            reasons.add("The " + metric + " target of " + ms(target) + " is below every matching profile's best "
                    + metric + ": " + lowest(metric, bestPerProfile) + ", so " + ms(bestPerProfile.min())
                    + " is the lowest target that returns a profile.");
        }
    }

    /**
     * The spread of the profiles' best values; one value when both ends print alike ("ranges from 6.6 ms to 6.6 ms"
     * reads like a mistake).
     */
    private static String lowest(String metric, MetricRange best) {
        String min = ms(best.min());
        String max = ms(best.max());
        return min.equals(max)
                ? "the lowest " + metric + " they reach is " + min
                : "the lowest " + metric + " they reach ranges from " + min + " to " + max;
    }

    static String ms(double value) {
        return value == Math.rint(value)
                ? String.format(Locale.ROOT, "%d ms", (long) value)
                : String.format(Locale.ROOT, "%.1f ms", value);
    }
}
