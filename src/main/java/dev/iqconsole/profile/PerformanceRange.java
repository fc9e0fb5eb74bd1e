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
        var output = new Spread();
        var input = new Spread();
        var ntpot = new Spread();
        var ttft = new Spread();
        var itl = new Spread();
        for (Profile profile : profiles) {
            CurvePoint p = profile.at().point();
            output.add(p.outputTokensPerSecond());
            input.add(p.inputTokensPerSecond());
            ntpot.add(p.ntpotMs());
            ttft.add(p.ttftMs());
            itl.add(p.itlMs());
        }
        return new PerformanceRange(output.range(), input.range(), ntpot.range(), ttft.range(), itl.range());
    }

    /** A running min and max: one object per metric instead of one per profile (fetch may return 100,000). */
    private static final class Spread {
        private double min = Double.NaN;
        private double max = Double.NaN;

        void add(double value) {
            if (Double.isNaN(value)) {
                return;
            }
            min = Double.isNaN(min) ? value : Math.min(min, value);
            max = Double.isNaN(max) ? value : Math.max(max, value);
        }

        MetricRange range() {
            return new MetricRange(min, max);
        }
    }
}
