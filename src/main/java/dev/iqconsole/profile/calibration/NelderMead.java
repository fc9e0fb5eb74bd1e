package dev.iqconsole.profile.calibration;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * The downhill simplex method with the standard coefficients (reflection 1, expansion 2, contraction 1/2, shrink
 * 1/2). No derivatives: the objective, a mean of absolute log errors, has kinks. Deterministic for a given start.
 */
final class NelderMead {

    private NelderMead() {}

    static double[] minimize(ToDoubleFunction<double[]> f, double[] start, double step, int maxEvaluations) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = start.clone();
        for (int i = 0; i < n; i++) {
            simplex[i + 1] = start.clone();
            simplex[i + 1][i] += step;
        }
        for (int i = 0; i <= n; i++) {
            values[i] = f.applyAsDouble(simplex[i]);
        }
        int evaluations = n + 1;
        Integer[] order = new Integer[n + 1];
        while (evaluations < maxEvaluations) {
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            double[] v = values;
            Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
            int best = order[0];
            int worst = order[n];
            int second = order[n - 1];
            if (values[worst] - values[best] < 1e-10) {
                break;
            }
            double[] centroid = new double[n];
            for (int i = 0; i <= n; i++) {
                if (i != worst) {
                    for (int j = 0; j < n; j++) {
                        centroid[j] += simplex[i][j] / n;
                    }
                }
            }
            double[] reflected = along(centroid, simplex[worst], -1);
            double fr = f.applyAsDouble(reflected);
            evaluations++;
            if (fr < values[best]) {
                double[] expanded = along(centroid, simplex[worst], -2);
                double fe = f.applyAsDouble(expanded);
                evaluations++;
                replace(simplex, values, worst, fe < fr ? expanded : reflected, Math.min(fe, fr));
            } else if (fr < values[second]) {
                replace(simplex, values, worst, reflected, fr);
            } else {
                double[] contracted = fr < values[worst]
                        ? along(centroid, simplex[worst], -0.5)
                        : along(centroid, simplex[worst], 0.5);
                double fc = f.applyAsDouble(contracted);
                evaluations++;
                if (fc < Math.min(fr, values[worst])) {
                    replace(simplex, values, worst, contracted, fc);
                } else {
                    for (int i = 0; i <= n; i++) {
                        if (i != best) {
                            simplex[i] = along(simplex[best], simplex[i], 0.5);
                            values[i] = f.applyAsDouble(simplex[i]);
                            evaluations++;
                        }
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= n; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return simplex[best];
    }

    /** {@code from + t·(to − from)}. */
    private static double[] along(double[] from, double[] to, double t) {
        double[] point = new double[from.length];
        for (int j = 0; j < from.length; j++) {
            point[j] = from[j] + t * (to[j] - from[j]);
        }
        return point;
    }

    private static void replace(double[][] simplex, double[] values, int index, double[] point, double value) {
        simplex[index] = point;
        values[index] = value;
    }
}
