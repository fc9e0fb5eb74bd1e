package dev.iqconsole.profile;

import java.util.List;

/**
 * Orders profiles. "Recommended" is GIQ's cheapest-first for the chosen pricing model: lowest $/M output tokens,
 * ties to the higher throughput; profiles without a price follow, by throughput. Also by throughput (highest first)
 * or latency (lowest NTPOT first). The sort is stable and profiles arrive in key order ({@link CurveIndex}), so
 * remaining ties keep key order.
 *
 * <p>Every order is one comparison of numbers read once into arrays: group (priced first), a first and a second
 * number, then list position. The numbers are doubles turned into longs that compare as {@link Double#compare} does
 * (descending ones inverted), so that one {@code long} per profile can carry the group, the first number's leading
 * bits and the position: sorting those plain longs ({@link UnsignedSort}) ranks 100,000 profiles in a few milliseconds, and only runs whose
 * leading bits are equal are compared again in full. Comparing through accessors and BigDecimal, or objects
 * scattered over the heap, dominated the whole query.
 */
final class ProfileRanking {

    /** Below this many, insertion sort: fewer moves than merging tiny runs. */
    private static final int INSERTION_SORT_MAX = 24;

    private final ProfileOrder order;
    private final boolean[] unpriced;
    private final long[] first;
    private final long[] second;
    private int count;

    /** An empty ranking for up to {@code capacity} profiles, fed by {@link #add} in list order. */
    ProfileRanking(int capacity, ProfileOrder order) {
        this.order = order;
        unpriced = new boolean[capacity];
        first = new long[capacity];
        second = new long[capacity];
    }

    /**
     * The next profile, by what ranking reads of it.
     *
     * @param usdPerMillionOutput the double of the rounded figure; {@code NaN} for a profile without a price
     */
    void add(double outputTokensPerSecond, double ntpotMs, double usdPerMillionOutput) {
        int i = count++;
        long throughputDescending = ~ordered(outputTokensPerSecond);
        switch (order) {
            case RECOMMENDED -> {
                unpriced[i] = Double.isNaN(usdPerMillionOutput);
                // unpriced profiles all have the same (no) cost: throughput decides among them
                first[i] = unpriced[i] ? throughputDescending : ordered(usdPerMillionOutput);
                second[i] = unpriced[i] ? 0 : throughputDescending;
            }
            case THROUGHPUT -> first[i] = throughputDescending;
            case LATENCY -> {
                first[i] = ordered(Double.isNaN(ntpotMs) ? Double.POSITIVE_INFINITY : ntpotMs);
                second[i] = throughputDescending;
            }
        }
    }

    /** A long whose signed order is {@link Double#compare}'s order of the doubles ({@code -0.0} first, NaN last). */
    static long ordered(double value) {
        long bits = Double.doubleToLongBits(value);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    static void sort(List<Profile> profiles, ProfileOrder order) {
        int[] ranked = order(profiles, order);
        Profile[] inOrder = new Profile[ranked.length];
        for (int i = 0; i < ranked.length; i++) {
            inOrder[i] = profiles.get(ranked[i]);
        }
        for (int i = 0; i < ranked.length; i++) {
            profiles.set(i, inOrder[i]);
        }
    }

    /** The indexes of {@code profiles} from first to last in {@code order}; ties keep list order. */
    static int[] order(List<Profile> profiles, ProfileOrder order) {
        var ranking = new ProfileRanking(profiles.size(), order);
        for (Profile profile : profiles) {
            PricedPoint at = profile.at();
            ranking.add(
                    at.point().outputTokensPerSecond(),
                    at.point().ntpotMs(),
                    at.hasCost() ? at.cost().usdPerMillionOutput().doubleValue() : Double.NaN);
        }
        return ranking.sorted();
    }

    /**
     * Each index packed with its group and its first number's leading bits, as an unsigned long, sorted as plain
     * longs; then the runs those leave equal are sorted by the full comparison.
     *
     * @return the indexes {@code 0..count-1} of the added profiles from first to last; ties keep index order
     */
    int[] sorted() {
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(count - 1));
        long indexMask = (1L << indexBits) - 1;
        long[] packed = new long[count];
        for (int i = 0; i < count; i++) {
            packed[i] = coarse(i) >>> indexBits << indexBits | i;
        }
        UnsignedSort.sort(packed);
        int[] indexes = new int[count];
        for (int i = 0; i < count; i++) {
            indexes[i] = (int) (packed[i] & indexMask);
        }
        int[] scratch = null;
        for (int runStart = 0; runStart < count; ) {
            int runEnd = runStart + 1;
            while (runEnd < count && (packed[runEnd] >>> indexBits) == (packed[runStart] >>> indexBits)) {
                runEnd++;
            }
            if (!inOrder(indexes, runStart, runEnd)) {
                scratch = scratch == null ? new int[count] : scratch;
                mergeSort(indexes, scratch, runStart, runEnd);
            }
            runStart = runEnd;
        }
        return indexes;
    }

    /** The group in the top bit, then the first number's leading bits, as an unsigned long. */
    private long coarse(int i) {
        long group = unpriced[i] ? Long.MIN_VALUE : 0;
        return group | ((first[i] ^ Long.MIN_VALUE) >>> 1);
    }

    private boolean inOrder(int[] indexes, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (compare(indexes[i - 1], indexes[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Total: the list position settles what the numbers leave equal, so any correct sort gives one answer. */
    private int compare(int a, int b) {
        if (unpriced[a] != unpriced[b]) {
            return unpriced[a] ? 1 : -1;
        }
        int byFirst = Long.compare(first[a], first[b]);
        if (byFirst != 0) {
            return byFirst;
        }
        int bySecond = Long.compare(second[a], second[b]);
        return bySecond != 0 ? bySecond : Integer.compare(a, b);
    }

    /** Sorts {@code indexes[from, to)}, using {@code scratch} of the same length for merging. */
    private void mergeSort(int[] indexes, int[] scratch, int from, int to) {
        if (to - from <= INSERTION_SORT_MAX) {
            insertionSort(indexes, from, to);
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(indexes, scratch, from, middle);
        mergeSort(indexes, scratch, middle, to);
        if (compare(indexes[middle - 1], indexes[middle]) <= 0) {
            return; // already in order, common when the input is nearly sorted
        }
        System.arraycopy(indexes, from, scratch, from, to - from);
        int left = from;
        int right = middle;
        for (int out = from; out < to; out++) {
            if (right >= to || (left < middle && compare(scratch[left], scratch[right]) <= 0)) {
                indexes[out] = scratch[left++];
            } else {
                indexes[out] = scratch[right++];
            }
        }
    }

    private void insertionSort(int[] indexes, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int moving = indexes[i];
            int j = i - 1;
            while (j >= from && compare(indexes[j], moving) > 0) {
                indexes[j + 1] = indexes[j];
                j--;
            }
            indexes[j + 1] = moving;
        }
    }
}
