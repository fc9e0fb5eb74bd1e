package dev.iqconsole.profile;

import java.util.List;

/** The spread of each metric over the returned profiles' operating points (GIQ's {@code performanceRange}). */
public record PerformanceRange(
        MetricRange outputTokensPerSecond,
        MetricRange inputTokensPerSecond,
        MetricRange ntpotMs,
        MetricRange ttftMs,
        MetricRange itlMs) {

    static PerformanceRange over(List<Profile> profiles) {
        var output = MetricRange.UNKNOWN;
        var input = MetricRange.UNKNOWN;
        var ntpot = MetricRange.UNKNOWN;
        var ttft = MetricRange.UNKNOWN;
        var itl = MetricRange.UNKNOWN;
        for (Profile profile : profiles) {
            CurvePoint p = profile.at().point();
            output = output.including(p.outputTokensPerSecond());
            input = input.including(p.inputTokensPerSecond());
            ntpot = ntpot.including(p.ntpotMs());
            ttft = ttft.including(p.ttftMs());
            itl = itl.including(p.itlMs());
        }
        return new PerformanceRange(output, input, ntpot, ttft, itl);
    }
}
