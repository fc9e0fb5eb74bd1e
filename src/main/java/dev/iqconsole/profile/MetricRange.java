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
}
