package dev.iqconsole.profile;

/**
 * Latency targets in milliseconds; {@code null} means no target for that metric. A point meets a target only when
 * its value is known and not above it: an unknown latency cannot be shown to meet anything.
 */
public record LatencyTargets(Double ntpotMs, Double ttftMs, Double itlMs) {

    public static LatencyTargets none() {
        return new LatencyTargets(null, null, null);
    }

    public boolean isEmpty() {
        return ntpotMs == null && ttftMs == null && itlMs == null;
    }

    boolean areMetBy(CurvePoint point) {
        return meets(ntpotMs, point.ntpotMs()) && meets(ttftMs, point.ttftMs()) && meets(itlMs, point.itlMs());
    }

    private static boolean meets(Double target, double value) {
        return target == null || (!Double.isNaN(value) && value <= target);
    }
}
