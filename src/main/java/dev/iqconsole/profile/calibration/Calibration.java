package dev.iqconsole.profile.calibration;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * Fits {@link ServingConstants} to the measurements by minimizing the weighted mean of |ln(predicted / measured)|,
 * and measures how well the fit carries to a publisher it has not seen (leave one source group out).
 */
public final class Calibration {

    /**
     * Where the fit starts, and what a constant the data cannot pin stays near: typical figures for vLLM on H100
     * (70% of HBM bandwidth and 50% of tensor peak achieved, a millisecond per step, some GB per GPU reserved; routing
     * at 4x its activation traffic, about 0.5 µs a token per MoE layer for DeepSeek-R1 on 8 x H100).
     */
    static final ServingConstants PRIOR = new ServingConstants(0.7, 0.5, 1.0, 20, 20, 10, 4, 0.03, 30);

    /**
     * The fit descends from the prior and from two points displaced from it in opposite directions, and keeps the
     * lowest objective: from the prior alone, the fit without NVIDIA's rows stalled in a local minimum (compute
     * efficiency 0.29 rather than 0.36 at a higher objective), and which minimum it found depended on the units a
     * constant was stated in.
     */
    static final double START_OFFSET = 0.7;

    /**
     * Pull toward the prior per unit of squared log distance: small against errors of tens of percent, enough that a
     * constant no held-in row depends on does not wander.
     */
    static final double PRIOR_WEIGHT = 0.002;

    static final int MAX_EVALUATIONS = 4000;

    /** A prediction the model cannot make (a GIQ point beyond its modeled capacity) costs a factor e over its miss. */
    static final double BEYOND_CAPACITY_PENALTY = 1.0;

    /** Constants under which a measured deployment would not fit in memory cost a factor 20 per metric. */
    static final double DOES_NOT_FIT_PENALTY = 3.0;

    private Calibration() {}

    /** Fitted constants and their errors. */
    public record Result(
            ServingConstants constants,
            double overallError,
            Map<String, Double> inSampleErrorByGroup,
            Map<String, Double> heldOutErrorByGroup,
            Map<String, Integer> observationsByGroup) {}

    /**
     * The fit on every measurement and one fit per source group without it. The fits, and the descents of each, are
     * independent and run side by side on the machine's cores; the result is the same as one after the other.
     */
    public static Result run(CalibrationData data) {
        var measurements = data.measurements();
        var groups = groups(measurements);
        // index 0 is the fit on everything, index i the fit without group i - 1
        List<ServingConstants> fits = IntStream.rangeClosed(0, groups.size())
                .parallel()
                .mapToObj(i -> fit(i == 0 ? measurements : without(measurements, groups.get(i - 1))))
                .toList();
        var constants = fits.getFirst();
        var inSample = new TreeMap<String, Double>();
        var heldOut = new TreeMap<String, Double>();
        var counts = new TreeMap<String, Integer>();
        for (int i = 0; i < groups.size(); i++) {
            var group = groups.get(i);
            var held =
                    measurements.stream().filter(m -> m.group().equals(group)).toList();
            inSample.put(group, error(held, constants));
            heldOut.put(group, error(held, fits.get(i + 1)));
            counts.put(group, observations(held));
        }
        return new Result(constants, error(measurements, constants), inSample, heldOut, counts);
    }

    private static List<Measurement> without(List<Measurement> measurements, String group) {
        return measurements.stream().filter(m -> !m.group().equals(group)).toList();
    }

    static List<String> groups(List<Measurement> measurements) {
        return measurements.stream().map(Measurement::group).distinct().sorted().toList();
    }

    static ServingConstants fit(List<Measurement> measurements) {
        double[] prior = toFree(PRIOR);
        var weights = sourceWeights(measurements);
        List<double[]> found = DoubleStream.of(0, 1, -1)
                .parallel()
                .mapToObj(sign -> descend(measurements, weights, prior, sign))
                .toList();
        // the lowest objective, the earlier start on a tie
        var objective = objective(measurements, weights, prior);
        double[] best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        for (double[] x : found) {
            double value = objective.applyAsDouble(x);
            if (value < bestValue) {
                best = x;
                bestValue = value;
            }
        }
        return fromFree(best);
    }

    /** Nelder-Mead from the prior displaced by {@code sign} times the start offset, alternating in direction. */
    private static double[] descend(
            List<Measurement> measurements, Map<String, Double> weights, double[] prior, double sign) {
        var objective = objective(measurements, weights, prior);
        double[] start = prior.clone();
        for (int i = 0; i < start.length; i++) {
            start[i] += sign * START_OFFSET * (i % 2 == 0 ? 1 : -1);
        }
        double[] found = NelderMead.minimize(objective, start, 0.5, MAX_EVALUATIONS);
        // a restart from the optimum escapes the collapsed simplex that Nelder-Mead can stall in
        return NelderMead.minimize(objective, found, 0.2, MAX_EVALUATIONS);
    }

    /**
     * The weighted mean log error plus the pull toward the prior. Each call unpacks its own rows: a row's buffer is
     * reused across evaluations, so descents running side by side must not share them.
     */
    private static ToDoubleFunction<double[]> objective(
            List<Measurement> measurements, Map<String, Double> weights, double[] prior) {
        var rows = measurements.stream()
                .map(m -> new Row(m, weights.get(m.group())))
                .toList();
        return x -> objective(rows, fromFree(x)) + PRIOR_WEIGHT * squaredDistance(x, prior);
    }

    /** Geometric-mean error: {@code exp(mean |ln(pred/meas)|) − 1} over every fitted metric, unweighted. */
    static double error(List<Measurement> measurements, ServingConstants constants) {
        var model = new ServingModel(constants);
        double sum = 0;
        int n = 0;
        for (var measurement : measurements) {
            var row = new Row(measurement, 1);
            double[] logErrors = row.logErrors(model);
            for (double logError : logErrors) {
                sum += logError;
                n++;
            }
        }
        return Math.expm1(sum / n);
    }

    static int observations(List<Measurement> measurements) {
        return measurements.stream().mapToInt(m -> m.fitted().size()).sum();
    }

    /**
     * One measurement as the objective reads it: its fitted metrics and measured values unpacked once per fit, in the
     * order of its map, because the objective is evaluated tens of thousands of times per fit.
     */
    private static final class Row {
        final Measurement measurement;
        final double weight;
        final Metric[] metrics;
        final double[] measured;
        final double measuredOutputRate;
        final double[] logErrors;

        Row(Measurement measurement, double weight) {
            this.measurement = measurement;
            this.weight = weight;
            var fitted = measurement.fitted();
            metrics = new Metric[fitted.size()];
            measured = new double[fitted.size()];
            int i = 0;
            for (var entry : fitted.entrySet()) {
                metrics[i] = entry.getKey();
                measured[i] = entry.getValue();
                i++;
            }
            measuredOutputRate = fitted.getOrDefault(Metric.OUTPUT_TOKENS_PER_SECOND, 1.0);
            logErrors = new double[fitted.size()];
        }

        /** |ln(predicted / measured)| per fitted metric, in a buffer the next call overwrites. */
        double[] logErrors(ServingModel model) {
            var deployment = measurement.deployment();
            var shape = measurement.shape();
            if (!model.fits(deployment, shape)) {
                Arrays.fill(logErrors, DOES_NOT_FIT_PENALTY);
                return logErrors;
            }
            var prediction = model.predict(deployment, shape, measurement.load());
            for (int i = 0; i < metrics.length; i++) {
                double predicted = metrics[i].predicted(prediction, shape);
                logErrors[i] = Double.isFinite(predicted)
                        ? Math.abs(Math.log(predicted / measured[i]))
                        : Math.abs(Math.log(measuredOutputRate / Math.max(prediction.outputTokensPerSecond(), 1e-9)))
                                + BEYOND_CAPACITY_PENALTY;
            }
            return logErrors;
        }
    }

    /**
     * Each observation weighs 1/sqrt(observations of its source group): the 80 offline ceilings of one NVIDIA page
     * should not outvote four other publishers, yet a larger source still says more than a single point.
     */
    private static Map<String, Double> sourceWeights(List<Measurement> measurements) {
        var weights = new LinkedHashMap<String, Double>();
        for (var group : groups(measurements)) {
            int n = observations(
                    measurements.stream().filter(m -> m.group().equals(group)).toList());
            weights.put(group, 1 / Math.sqrt(n));
        }
        return weights;
    }

    private static double objective(List<Row> rows, ServingConstants constants) {
        var model = new ServingModel(constants);
        double sum = 0;
        double total = 0;
        for (var row : rows) {
            double weight = row.weight;
            for (double logError : row.logErrors(model)) {
                sum += weight * logError;
                total += weight;
            }
        }
        return sum / total;
    }

    /** Shares through a logistic so they stay in (0, 1); everything else through exp so it stays positive. */
    static ServingConstants fromFree(double[] x) {
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = isShare(i) ? 1 / (1 + Math.exp(-x[i])) : Math.exp(x[i]);
        }
        return ServingConstants.of(v);
    }

    static double[] toFree(ServingConstants constants) {
        double[] v = constants.toArray();
        double[] x = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            x[i] = isShare(i) ? Math.log(v[i] / (1 - v[i])) : Math.log(v[i]);
        }
        return x;
    }

    private static boolean isShare(int index) {
        return ServingConstants.NAMES.get(index).endsWith("efficiency")
                || ServingConstants.NAMES.get(index).endsWith("share");
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return sum;
    }
}
