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
        var spreads = new Spreads();
        for (Profile profile : profiles) {
            CurvePoint p = profile.at().point();
            spreads.add(p.outputTokensPerSecond(), p.inputTokensPerSecond(), p.ntpotMs(), p.ttftMs(), p.itlMs());
        }
        return spreads.range();
    }

    /** The five metrics' spreads, fed one operating point at a time, from objects or from arrays of numbers. */
    static final class Spreads {
        private final MetricRange.Spread output = new MetricRange.Spread();
        private final MetricRange.Spread input = new MetricRange.Spread();
        private final MetricRange.Spread ntpot = new MetricRange.Spread();
        private final MetricRange.Spread ttft = new MetricRange.Spread();
        private final MetricRange.Spread itl = new MetricRange.Spread();

        void add(
                double outputTokensPerSecond,
                double inputTokensPerSecond,
                double ntpotMs,
                double ttftMs,
                double itlMs) {
            output.add(outputTokensPerSecond);
            input.add(inputTokensPerSecond);
            ntpot.add(ntpotMs);
            ttft.add(ttftMs);
            itl.add(itlMs);
        }

        PerformanceRange range() {
            return new PerformanceRange(output.range(), input.range(), ntpot.range(), ttft.range(), itl.range());
        }
    }
}
