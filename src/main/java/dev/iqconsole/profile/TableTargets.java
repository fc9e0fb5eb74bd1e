package dev.iqconsole.profile;

/**
 * Latency targets as {@link CurveTable} reads them: numbers, {@code NaN} for no target, and what they ask of a curve's
 * shape: worked out once per query, not once per curve or point.
 */
record TableTargets(double ntpotMs, double ttftMs, double itlMs, boolean none, int neverFallingBits) {

    static TableTargets of(LatencyTargets targets) {
        return new TableTargets(
                numberOrNaN(targets.ntpotMs()),
                numberOrNaN(targets.ttftMs()),
                numberOrNaN(targets.itlMs()),
                targets.isEmpty(),
                CurveShape.neverFallingBits(targets));
    }

    /** As {@link CurveShape#latenciesNeverFall} for these targets. */
    boolean neverFallOn(int shape) {
        return CurveShape.hasAll(shape, neverFallingBits);
    }

    /** As {@link LatencyTargets}: no target is met by anything, a known value by not exceeding it. */
    static boolean meets(double target, double value) {
        return Double.isNaN(target) || (!Double.isNaN(value) && value <= target);
    }

    private static double numberOrNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
