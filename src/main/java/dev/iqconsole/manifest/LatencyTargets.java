package dev.iqconsole.manifest;

import java.util.ArrayList;
import java.util.List;

/**
 * GIQ's performance requirements, p50 in milliseconds; {@code null} means "no target".
 *
 * @param ntpotMs normalized time per output token
 * @param ttftMs time to first token
 * @param itlMs inter-token latency
 */
public record LatencyTargets(Double ntpotMs, Double ttftMs, Double itlMs) {

    public static final LatencyTargets NONE = new LatencyTargets(null, null, null);

    public boolean isEmpty() {
        return ntpotMs == null && ttftMs == null && itlMs == null;
    }

    /** {@code NTPOT 50 ms, TTFT 2000 ms}: for notes. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (ntpotMs != null) parts.add("NTPOT " + Numbers.plain(ntpotMs) + " ms");
        if (ttftMs != null) parts.add("TTFT " + Numbers.plain(ttftMs) + " ms");
        if (itlMs != null) parts.add("ITL " + Numbers.plain(itlMs) + " ms");
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
