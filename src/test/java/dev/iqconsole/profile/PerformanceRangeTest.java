package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/**
 * The spread of a metric is the min and max of its known values; no known value gives NaN to NaN.
 */
class PerformanceRangeTest {

    @Test
    void each_metric_spans_its_known_values_whatever_unknown_or_infinite_ones_come_between() {
        Random random = new Random(5);
        double[] pool = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, 1.5, 7, 1e9, 42.25, 3.0e-6
        };
        for (int round = 0; round < 500; round++) {
            double[] values = new double[random.nextInt(6)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(3) == 0 ? random.nextDouble() * 100 : pool[random.nextInt(pool.length)];
            }
            var spreads = new PerformanceRange.Spreads();
            for (double value : values) {
                spreads.add(value, value, value, value, value);
            }

            double[] known =
                    DoubleStream.of(values).filter(v -> !Double.isNaN(v)).toArray();
            MetricRange expected = known.length == 0
                    ? new MetricRange(Double.NaN, Double.NaN)
                    : new MetricRange(
                            DoubleStream.of(known).min().orElseThrow(),
                            DoubleStream.of(known).max().orElseThrow());
            PerformanceRange range = spreads.range();
            assertThat(range.outputTokensPerSecond())
                    .as("%s", Arrays.toString(values))
                    .isEqualTo(expected);
            assertThat(range.itlMs()).isEqualTo(expected);
        }
    }
}
