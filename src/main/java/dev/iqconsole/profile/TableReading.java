package dev.iqconsole.profile;

/**
 * One curve's operating point as numbers, overwritten by each {@link CurveTable#read}: one per query, so that reading
 * 100,000 curves allocates nothing; and the table's scratch space for that read. Not thread-safe; a query owns its
 * own.
 */
final class TableReading {
    double outputTokensPerSecond;
    double inputTokensPerSecond;
    double ntpotMs;
    double ttftMs;
    double itlMs;

    /** Per curve of the prefetched chunk, its first point missing the targets, or none ({@code -1}). */
    final int[] firstMissing = new int[CurveTable.CHUNK];

    /** What the prefetch loaded, kept so that the loads are not optimized away. */
    @SuppressWarnings("unused")
    double touched;

    /** The part {@code [low, high]} of the segment being narrowed that meets every target. */
    double low;

    double high;

    /**
     * OperatingPoints' narrowing step on primitive fields: sharing one method through an interval array measured
     * slower here (p99 +4 ms at 100k curves), and CurveTableTest holds both to the same result to the last bit.
     */
    boolean narrow(double target, double from, double to) {
        if (Double.isNaN(target)) {
            return true;
        }
        if (Double.isNaN(from) || Double.isNaN(to)) {
            return false;
        }
        double slope = to - from;
        if (slope == 0) {
            return from <= target;
        }
        double crossing = (target - from) / slope;
        if (slope > 0) {
            high = Math.min(high, crossing);
        } else {
            low = Math.max(low, crossing);
        }
        return low <= high;
    }
}
