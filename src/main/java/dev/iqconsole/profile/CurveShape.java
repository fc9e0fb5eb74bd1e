package dev.iqconsole.profile;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What a curve's shape lets {@link OperatingPoints} skip, as bits computed once per curve. Real curves are regular:
 * latencies rise with load and so does throughput. When every targeted latency is known and never falls, the points
 * meeting the targets are a prefix of the curve, found by binary search, and segments after it meet nothing. When
 * moreover each throughput candidate the segment scan computes stays below the measured throughput two points later,
 * segments more than two before the prefix's end cannot win or tie. Anything else is {@link #IRREGULAR} and scanned
 * whole.
 */
final class CurveShape {

    static final int IRREGULAR = 0;

    private static final int THROUGHPUT_RISES = 1;
    private static final int NTPOT_RISES = 1 << 1;
    private static final int TTFT_RISES = 1 << 2;
    private static final int ITL_RISES = 1 << 3;

    private CurveShape() {}

    static int of(List<CurvePoint> points) {
        return (throughputRises(points) ? THROUGHPUT_RISES : 0)
                | (neverFalls(points, CurvePoint::ntpotMs) ? NTPOT_RISES : 0)
                | (neverFalls(points, CurvePoint::ttftMs) ? TTFT_RISES : 0)
                | (neverFalls(points, CurvePoint::itlMs) ? ITL_RISES : 0);
    }

    static boolean allowsSearch(int shape, LatencyTargets targets) {
        return (shape & THROUGHPUT_RISES) != 0 && latenciesNeverFall(shape, targets);
    }

    /**
     * Every targeted latency known and never falling: then the points meeting the targets are a prefix of the curve
     * and no segment after the prefix meets them, whatever throughput does.
     */
    static boolean latenciesNeverFall(int shape, LatencyTargets targets) {
        return hasAll(shape, neverFallingBits(targets));
    }

    /** The bits a shape needs for {@link #latenciesNeverFall}: worked out once per query, tested per curve. */
    static int neverFallingBits(LatencyTargets targets) {
        return (targets.ntpotMs() == null ? 0 : NTPOT_RISES)
                | (targets.ttftMs() == null ? 0 : TTFT_RISES)
                | (targets.itlMs() == null ? 0 : ITL_RISES);
    }

    static boolean hasAll(int shape, int bits) {
        return (shape & bits) == bits;
    }

    /**
     * Strictly rising measured throughput, and the scan's value at the end of each segment (computed, so possibly an
     * ulp off the measured one) below the measured throughput of the point after: then every candidate of segments
     * up to j is below the throughput at point j + 2.
     */
    private static boolean throughputRises(List<CurvePoint> points) {
        for (int i = 0; i + 1 < points.size(); i++) {
            double here = points.get(i).outputTokensPerSecond();
            double next = points.get(i + 1).outputTokensPerSecond();
            if (!(here < next)) {
                return false;
            }
            if (i + 2 < points.size()
                    && !(OperatingPoints.lerp(here, next, 1) < points.get(i + 2).outputTokensPerSecond())) {
                return false;
            }
        }
        return true;
    }

    private static boolean neverFalls(List<CurvePoint> points, ToDoubleFunction<CurvePoint> metric) {
        for (int i = 0; i < points.size(); i++) {
            double value = metric.applyAsDouble(points.get(i));
            if (Double.isNaN(value) || (i > 0 && value < metric.applyAsDouble(points.get(i - 1)))) {
                return false;
            }
        }
        return true;
    }
}
