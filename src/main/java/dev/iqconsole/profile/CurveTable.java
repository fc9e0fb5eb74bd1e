package dev.iqconsole.profile;

import java.util.List;

/**
 * Every curve's points as plain numbers in arrays, curves in key order: the operating points of 100,000 curves are
 * read by streaming through memory in order instead of following a reference per point around the heap (the profiles benchmark at 100,000 profiles). {@link #read} gives the metrics {@link OperatingPoints#of(Curve, int, LatencyTargets)} gives, without
 * an object per curve.
 */
final class CurveTable {

    // A point's metrics side by side, with the throughput of the winner of the whole segments before it: what a
    // query reads of each curve once it knows where the targets are crossed, 11 numbers of the crossed segment's two
    // points, two or three cache lines.
    private static final int OUTPUT = 0;
    private static final int INPUT = 1;
    private static final int NTPOT = 2;
    private static final int TTFT = 3;
    private static final int ITL = 4;
    /** See {@link #markBestEnds}: the throughput of the winner. */
    private static final int BEST_END_THROUGHPUT = 5;

    private static final int STRIDE = 6;

    private final double[] points;
    /**
     * By point, the winner of {@link #markBestEnds} as segment within the curve x 2 + t. Apart from the points, as
     * it is rarely read: on a regular curve the crossed segment beats it, unless every point meets the targets or
     * a target is met exactly at a point.
     */
    private final int[] bestEnd;
    // Each latency again as a float, one array per metric: finding the points that meet a target streams through
    // only the metrics the query targets, and half as many bytes. Rounding to float keeps order, so a float scan
    // goes at least as far as the exact one; the exact values in points settle the last steps.
    private final float[] ntpot;
    private final float[] ttft;
    private final float[] itl;
    /** Position to the index of its first point; one more entry closes the last curve. */
    private final int[] firstPoint;

    private final int[] inflection;

    private static final int NONE = -1;
    private static final int UNKNOWN = -1;

    /** Curves prefetched at once: their points stay in the cache until read. */
    static final int CHUNK = 256;

    private final int[] shapes;

    CurveTable(List<Curve> curves) {
        this.firstPoint = new int[curves.size() + 1];
        this.inflection = new int[curves.size()];
        this.shapes = new int[curves.size()];
        int count = 0;
        for (int position = 0; position < curves.size(); position++) {
            firstPoint[position] = count;
            count += curves.get(position).points().size();
            inflection[position] = curves.get(position).inflectionIndex();
            shapes[position] = CurveShape.of(curves.get(position).points());
        }
        firstPoint[curves.size()] = count;
        points = new double[(count + 1) * STRIDE]; // one more: the point after a curve's last can be prefetched
        bestEnd = new int[count];
        ntpot = new float[count];
        ttft = new float[count];
        itl = new float[count];
        int at = 0;
        for (Curve curve : curves) {
            for (CurvePoint p : curve.points()) {
                points[at * STRIDE + OUTPUT] = p.outputTokensPerSecond();
                points[at * STRIDE + INPUT] = p.inputTokensPerSecond();
                points[at * STRIDE + NTPOT] = p.ntpotMs();
                points[at * STRIDE + TTFT] = p.ttftMs();
                points[at * STRIDE + ITL] = p.itlMs();
                ntpot[at] = (float) p.ntpotMs();
                ttft[at] = (float) p.ttftMs();
                itl[at] = (float) p.itlMs();
                at++;
            }
        }
        for (int position = 0; position < curves.size(); position++) {
            markBestEnds(firstPoint[position], firstPoint[position + 1]);
        }
    }

    private double metric(int point, int metric) {
        return points[point * STRIDE + metric];
    }

    /**
     * At each point but a curve's first: the winner of {@link OperatingPoints}' scan over the segments before it when
     * each meets the targets whole, so that its candidates are its ends (t = 0, then 1) whatever the targets are.
     */
    private void markBestEnds(int first, int end) {
        int best = NONE;
        double bestThroughput = 0;
        for (int a = first; a + 1 < end; a++) {
            for (int t = 0; t <= 1; t++) {
                double throughput = OperatingPoints.lerp(metric(a, OUTPUT), metric(a + 1, OUTPUT), t);
                if (best == NONE || throughput > bestThroughput) {
                    best = (a - first) * 2 + t;
                    bestThroughput = throughput;
                }
            }
            bestEnd[a + 1] = best;
            points[(a + 1) * STRIDE + BEST_END_THROUGHPUT] = bestThroughput;
        }
    }

    /**
     * Reads the operating point of the curve at {@code position} into {@code reading}, as {@link OperatingPoints}
     * chooses it; {@code false}, and {@code reading} unspecified, when the curve meets the targets nowhere.
     */
    boolean read(int position, TableTargets targets, TableReading reading) {
        return read(position, NONE, targets, reading);
    }

    /** As {@link #read(int, TableTargets, TableReading)}, for the curve in slot {@code slot} of the last {@link #prefetch}. */
    boolean read(int position, int slot, TableTargets targets, TableReading reading) {
        int first = firstPoint[position];
        int end = firstPoint[position + 1];
        if (targets.none()) {
            copy(first + inflection[position], reading);
            return true;
        }
        if (end - first == 1) {
            if (!areMet(first, targets)) {
                return false;
            }
            copy(first, reading);
            return true;
        }
        if (!targets.neverFallOn(shapes[position])) {
            return best(first, targets, NONE, first, end - 2, reading);
        }
        // The points meeting the targets are a prefix and the segments from its end on meet nothing (CurveShape).
        // The segments before the last point of the prefix meet the targets whole: the scan's winner on them is
        // precomputed. Left to scan is the one segment where the targets are crossed, after that winner.
        int firstMissing = slot == NONE ? UNKNOWN : reading.firstMissing[slot];
        if (firstMissing == UNKNOWN) {
            firstMissing = firstMissingAsFloats(first, end, targets);
        }
        while (firstMissing > first && !areMet(firstMissing - 1, targets)) {
            firstMissing--; // met as floats, missed exactly: within a float's rounding of the target
        }
        int last = firstMissing - 1; // the last point meeting the targets
        int before = last > first ? last : NONE;
        int crossed = last;
        if (crossed < first || crossed > end - 2) {
            return best(first, targets, before, first, first - 1, reading);
        }
        return best(first, targets, before, crossed, crossed, reading);
    }

    /**
     * Prepares {@link #read} of the curves at {@code positions[from, to)} (at most {@link #CHUNK}): finds where each
     * regular curve crosses the targets and loads the points around that into the cache, for the whole chunk first.
     * Read one curve at a time, each curve's points cost a cache miss that the branches of the next steps keep from
     * overlapping with the next curve's (about 200 ns each, 20 ms for 100,000 curves); loaded in a loop of its own,
     * the misses of a chunk overlap.
     */
    void prefetch(int[] positions, int from, int to, TableTargets targets, TableReading reading) {
        double touched = 0;
        for (int i = from; i < to; i++) {
            int position = positions[i];
            int first = firstPoint[position];
            int end = firstPoint[position + 1];
            boolean counted = end - first > 1 && !targets.none() && targets.neverFallOn(shapes[position]);
            reading.firstMissing[i - from] = counted ? firstMissingAsFloats(first, end, targets) : UNKNOWN;
        }
        for (int i = from; i < to; i++) {
            int firstMissing = reading.firstMissing[i - from];
            if (firstMissing > 0) {
                // what read takes of the last point meeting the targets and the next: no two loads a line apart
                int a = (firstMissing - 1) * STRIDE;
                touched += points[a] + points[a + STRIDE] + points[a + STRIDE + ITL];
            }
        }
        reading.touched = touched;
    }

    /**
     * The first point of {@code [first, end)} missing a target as floats, on a curve whose targeted latencies never
     * fall: the exact first point missing it, or a few points later.
     */
    private int firstMissingAsFloats(int first, int end, TableTargets targets) {
        // each targeted metric meets its target on a prefix; the points meeting all are the shortest prefix
        int missing = firstAbove(ntpot, targets.ntpotMs(), first, end);
        missing = firstAbove(ttft, targets.ttftMs(), first, missing);
        return firstAbove(itl, targets.itlMs(), first, missing);
    }

    /** The first point of {@code [first, end)} whose value is above the target as floats (none for no target). */
    private static int firstAbove(float[] metric, double target, int first, int end) {
        if (Double.isNaN(target)) {
            return end;
        }
        float asFloat = (float) target;
        int i = first;
        while (i < end && metric[i] <= asFloat) {
            i++;
        }
        return i;
    }

    private boolean areMet(int point, TableTargets targets) {
        return TableTargets.meets(targets.ntpotMs(), metric(point, NTPOT))
                && TableTargets.meets(targets.ttftMs(), metric(point, TTFT))
                && TableTargets.meets(targets.itlMs(), metric(point, ITL));
    }

    /**
     * {@link OperatingPoints}' scan: the highest-throughput point meeting the targets on the segments starting at
     * points {@code [from, to]}, after the winner of the whole segments before point {@code before} ({@link #NONE}:
     * no such segments).
     */
    private boolean best(int first, TableTargets targets, int before, int from, int to, TableReading reading) {
        // the winner before point `before` while bestSegment is NONE and `before` is not; its segment read last
        int bestSegment = NONE;
        double bestT = 0;
        double bestThroughput = before == NONE ? 0 : metric(before, BEST_END_THROUGHPUT);
        for (int a = from; a <= to; a++) {
            if (!meetingInterval(reading, a, targets)) {
                continue;
            }
            double low = reading.low;
            double high = reading.high;
            double throughputAtLow = OperatingPoints.lerp(metric(a, OUTPUT), metric(a + 1, OUTPUT), low);
            if ((bestSegment == NONE && before == NONE) || throughputAtLow > bestThroughput) {
                bestSegment = a;
                bestT = low;
                bestThroughput = throughputAtLow;
            }
            double throughputAtHigh = OperatingPoints.lerp(metric(a, OUTPUT), metric(a + 1, OUTPUT), high);
            if (throughputAtHigh > bestThroughput) {
                bestSegment = a;
                bestT = high;
                bestThroughput = throughputAtHigh;
            }
        }
        if (bestSegment == NONE) {
            if (before == NONE) {
                return false;
            }
            int winner = bestEnd[before];
            bestSegment = first + (winner >> 1);
            bestT = winner & 1;
        }
        interpolate(bestSegment, bestT, reading);
        return true;
    }

    private boolean meetingInterval(TableReading reading, int a, TableTargets targets) {
        reading.low = 0;
        reading.high = 1;
        return reading.narrow(targets.ntpotMs(), metric(a, NTPOT), metric(a + 1, NTPOT))
                && reading.narrow(targets.ttftMs(), metric(a, TTFT), metric(a + 1, TTFT))
                && reading.narrow(targets.itlMs(), metric(a, ITL), metric(a + 1, ITL));
    }

    /** {@link OperatingPoints#interpolate} on the segment from point {@code a} to the next. */
    private void interpolate(int a, double t, TableReading reading) {
        if (t <= 0) {
            copy(a, reading);
            return;
        }
        int b = a + 1;
        if (t >= 1) {
            copy(b, reading);
            return;
        }
        reading.outputTokensPerSecond = OperatingPoints.lerp(metric(a, OUTPUT), metric(b, OUTPUT), t);
        reading.inputTokensPerSecond = OperatingPoints.lerp(metric(a, INPUT), metric(b, INPUT), t);
        reading.ntpotMs = OperatingPoints.lerp(metric(a, NTPOT), metric(b, NTPOT), t);
        reading.ttftMs = OperatingPoints.lerp(metric(a, TTFT), metric(b, TTFT), t);
        reading.itlMs = OperatingPoints.lerp(metric(a, ITL), metric(b, ITL), t);
    }

    private void copy(int point, TableReading reading) {
        reading.outputTokensPerSecond = metric(point, OUTPUT);
        reading.inputTokensPerSecond = metric(point, INPUT);
        reading.ntpotMs = metric(point, NTPOT);
        reading.ttftMs = metric(point, TTFT);
        reading.itlMs = metric(point, ITL);
    }
}
