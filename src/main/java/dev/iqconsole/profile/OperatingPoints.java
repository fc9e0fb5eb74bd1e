package dev.iqconsole.profile;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Where on its curve a profile is read (GIQ semantics, giq-spec.md §5): with no latency target, at the curve's
 * inflection point; with targets, at the highest throughput that still meets every target, interpolated linearly
 * between measured points. A curve that never meets the targets has no operating point.
 */
final class OperatingPoints {

    private OperatingPoints() {}

    static Optional<CurvePoint> of(Curve curve, LatencyTargets targets) {
        if (targets.isEmpty()) {
            return Optional.of(curve.inflection());
        }
        List<CurvePoint> points = curve.points();
        CurvePoint best = points.size() == 1 && targets.areMetBy(points.getFirst()) ? points.getFirst() : null;
        for (int i = 0; i + 1 < points.size(); i++) {
            best = higherThroughput(best, bestWithinSegment(points.get(i), points.get(i + 1), targets));
        }
        return Optional.ofNullable(best);
    }

    /**
     * On a segment every metric is linear in t (0 at {@code a}, 1 at {@code b}), so the part meeting all targets is
     * one interval [lo, hi] and throughput, also linear, peaks at one of its ends.
     */
    private static CurvePoint bestWithinSegment(CurvePoint a, CurvePoint b, LatencyTargets targets) {
        double[] interval = {0, 1};
        if (!narrow(interval, targets.ntpotMs(), a, b, CurvePoint::ntpotMs)
                || !narrow(interval, targets.ttftMs(), a, b, CurvePoint::ttftMs)
                || !narrow(interval, targets.itlMs(), a, b, CurvePoint::itlMs)) {
            return null;
        }
        return higherThroughput(interpolate(a, b, interval[0]), interpolate(a, b, interval[1]));
    }

    private static boolean narrow(
            double[] interval, Double target, CurvePoint a, CurvePoint b, ToDoubleFunction<CurvePoint> metric) {
        if (target == null) {
            return true;
        }
        double from = metric.applyAsDouble(a);
        double to = metric.applyAsDouble(b);
        if (Double.isNaN(from) || Double.isNaN(to)) {
            return false;
        }
        double slope = to - from;
        if (slope == 0) {
            return from <= target;
        }
        double crossing = (target - from) / slope;
        if (slope > 0) {
            interval[1] = Math.min(interval[1], crossing);
        } else {
            interval[0] = Math.max(interval[0], crossing);
        }
        return interval[0] <= interval[1];
    }

    /** A point strictly between two measured points is computed, so it is labeled modeled. */
    static CurvePoint interpolate(CurvePoint a, CurvePoint b, double t) {
        if (t <= 0) {
            return a;
        }
        if (t >= 1) {
            return b;
        }
        return new CurvePoint(
                lerp(a.queriesPerSecond(), b.queriesPerSecond(), t),
                lerp(a.outputTokensPerSecond(), b.outputTokensPerSecond(), t),
                lerp(a.inputTokensPerSecond(), b.inputTokensPerSecond(), t),
                lerp(a.ntpotMs(), b.ntpotMs(), t),
                lerp(a.ttftMs(), b.ttftMs(), t),
                lerp(a.itlMs(), b.itlMs(), t),
                Provenance.MODELED);
    }

    private static double lerp(double from, double to, double t) {
        return from + (to - from) * t;
    }

    /** Ties keep the first (lower-load) point. */
    private static CurvePoint higherThroughput(CurvePoint current, CurvePoint candidate) {
        if (candidate == null) {
            return current;
        }
        if (current == null || candidate.outputTokensPerSecond() > current.outputTokensPerSecond()) {
            return candidate;
        }
        return current;
    }
}
