package dev.iqconsole.profile;

/** Smallest and largest value of one metric; both {@code NaN} when no profile knows the metric. */
public record MetricRange(double min, double max) {

    static final MetricRange UNKNOWN = new MetricRange(Double.NaN, Double.NaN);

    public boolean isKnown() {
        return !Double.isNaN(min);
    }

    MetricRange including(double value) {
        if (Double.isNaN(value)) {
            return this;
        }
        return isKnown() ? new MetricRange(Math.min(min, value), Math.max(max, value)) : new MetricRange(value, value);
    }

    /**
     * A running min and max: one object per metric instead of one per profile (a fetch may cover 20,000 curves).
     * Plain comparisons, which a NaN fails both of: unknown values are skipped without a test of their own.
     */
    public static final class Spread {
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;

        public void add(double value) {
            if (value < min) {
                min = value;
            }
            if (value > max) {
                max = value;
            }
        }

        /** NaN to NaN when no value was known. */
        public MetricRange range() {
            return min > max ? UNKNOWN : new MetricRange(min, max);
        }
    }
}
