package dev.iqconsole.profile;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Where on its curve a profile is read (GIQ semantics, docs/reference/gke-inference-quickstart.md §6.1, §6.2): with no latency target, at the curve's
 * inflection point; with targets, at the highest throughput that still meets every target, interpolated linearly
 * between measured points. A curve that never meets the targets has no operating point.
 */
final class OperatingPoints {

    private OperatingPoints() {}

    static Optional<CurvePoint> of(Curve curve, LatencyTargets targets) {
        return of(curve, CurveShape.IRREGULAR, targets);
    }

    /**
     * As {@link #of(Curve, LatencyTargets)}, faster on a curve whose {@code shape} (precomputed by {@link CurveShape})
     * lets a binary search find the last point meeting the targets: then only the segments around it can hold the
     * best point, and the rest are skipped (fetch reads 100,000 curves of 20 points).
     */
    static Optional<CurvePoint> of(Curve curve, int shape, LatencyTargets targets) {
        if (targets.isEmpty()) {
            return Optional.of(curve.inflection());
        }
        List<CurvePoint> points = curve.points();
        if (points.size() == 1) {
            return targets.areMetBy(points.getFirst()) ? Optional.of(points.getFirst()) : Optional.empty();
        }
        int lastSegment = points.size() - 2;
        if (!CurveShape.allowsSearch(shape, targets)) {
            return best(points, targets, 0, lastSegment);
        }
        int firstMissing = firstPointMissing(points, targets);
        int end = Math.min(firstMissing - 1, lastSegment);
        return best(points, targets, Math.max(0, Math.min(firstMissing, points.size() - 1) - 2), end);
    }

    /**
     * The first point that misses a target ({@code size} if none does). Every targeted metric rises along the curve,
     * so the points meeting all targets are a prefix of it; CurveShape explains why segments from this point on meet
     * nothing and why segments more than two before it cannot beat it.
     */
    private static int firstPointMissing(List<CurvePoint> points, LatencyTargets targets) {
        int low = 0;
        int high = points.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (targets.areMetBy(points.get(middle))) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The highest-throughput point meeting the targets on segments {@code [fromSegment, toSegment]}. */
    private static Optional<CurvePoint> best(
            List<CurvePoint> points, LatencyTargets targets, int fromSegment, int toSegment) {
        // Only the winner becomes a point: fetch reads 100,000 curves, so the candidates stay numbers.
        int bestSegment = -1;
        double bestT = 0;
        double bestThroughput = 0;
        double[] interval = new double[2];
        for (int i = fromSegment; i <= toSegment; i++) {
            CurvePoint a = points.get(i);
            CurvePoint b = points.get(i + 1);
            if (!meetingInterval(interval, a, b, targets)) {
                continue;
            }
            // On a segment every metric is linear in t, so the part meeting all targets is one interval [lo, hi]
            // and throughput, also linear, peaks at one of its ends. Ties keep the first (lower-load) point.
            for (double t : interval) {
                double throughput = lerp(a.outputTokensPerSecond(), b.outputTokensPerSecond(), t);
                if (bestSegment < 0 || throughput > bestThroughput) {
                    bestSegment = i;
                    bestT = t;
                    bestThroughput = throughput;
                }
            }
        }
        return bestSegment < 0
                ? Optional.empty()
                : Optional.of(interpolate(points.get(bestSegment), points.get(bestSegment + 1), bestT));
    }

    /** Narrows {@code interval} to the t in [0, 1] (0 at {@code a}, 1 at {@code b}) where every target is met. */
    private static boolean meetingInterval(double[] interval, CurvePoint a, CurvePoint b, LatencyTargets targets) {
        interval[0] = 0;
        interval[1] = 1;
        return narrow(interval, targets.ntpotMs(), a, b, CurvePoint::ntpotMs)
                && narrow(interval, targets.ttftMs(), a, b, CurvePoint::ttftMs)
                && narrow(interval, targets.itlMs(), a, b, CurvePoint::itlMs);
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

    static double lerp(double from, double to, double t) {
        return from + (to - from) * t;
    }
}
