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
        private final Spread output = new Spread();
        private final Spread input = new Spread();
        private final Spread ntpot = new Spread();
        private final Spread ttft = new Spread();
        private final Spread itl = new Spread();

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

    /**
     * A running min and max: one object per metric instead of one per profile (fetch may return 100,000). Plain
     * comparisons, which a NaN fails both of: unknown values are skipped without a test of their own.
     */
    private static final class Spread {
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;

        void add(double value) {
            if (value < min) {
                min = value;
            }
            if (value > max) {
                max = value;
            }
        }

        /** NaN to NaN when no value was known. */
        MetricRange range() {
            return min > max ? MetricRange.UNKNOWN : new MetricRange(min, max);
        }
    }
}
