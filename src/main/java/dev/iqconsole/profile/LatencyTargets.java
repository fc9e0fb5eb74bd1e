package dev.iqconsole.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * GIQ's performance requirements: latency targets (p50) in milliseconds; {@code null} means no target for that metric.
 * A point meets a target only when its value is known and not above it: an unknown latency cannot be shown to meet
 * anything. Profiles are chosen by them and the manifests' notes and autoscaler are sized from them.
 *
 * @param ntpotMs normalized time per output token
 * @param ttftMs time to first token
 * @param itlMs inter-token latency
 */
public record LatencyTargets(Double ntpotMs, Double ttftMs, Double itlMs) {

    public static LatencyTargets none() {
        return new LatencyTargets(null, null, null);
    }

    public boolean isEmpty() {
        return ntpotMs == null && ttftMs == null && itlMs == null;
    }

    /** {@code NTPOT 50 ms, TTFT 2000 ms}, or {@code none}: for notes. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (ntpotMs != null) parts.add("NTPOT " + plain(ntpotMs) + " ms");
        if (ttftMs != null) parts.add("TTFT " + plain(ttftMs) + " ms");
        if (itlMs != null) parts.add("ITL " + plain(itlMs) + " ms");
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** No exponent, no trailing zeros: {@code 50}, {@code 2.5}. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    boolean areMetBy(CurvePoint point) {
        return meets(ntpotMs, point.ntpotMs()) && meets(ttftMs, point.ttftMs()) && meets(itlMs, point.itlMs());
    }

    private static boolean meets(Double target, double value) {
        return target == null || (!Double.isNaN(value) && value <= target);
    }
}
