package dev.iqconsole.profile;

import java.util.List;

/**
 * Orders profiles. "Recommended" is GIQ's cheapest-first for the chosen pricing model: lowest $/M output tokens,
 * ties to the higher throughput; profiles without a price follow, by throughput. Also by throughput (highest first)
 * or latency (lowest NTPOT first). The sort is stable and profiles arrive in key order ({@link CurveIndex}), so
 * remaining ties keep key order.
 *
 * <p>Every order is one comparison of numbers read once into arrays: group (priced first), a primary number
 * (ascending), throughput (descending), then list position. With 100,000 profiles, comparing through accessors and
 * BigDecimal, or objects scattered over the heap, dominated the whole query.
 */
final class ProfileRanking {

    /** Below this many, insertion sort: fewer moves than merging tiny runs. */
    private static final int INSERTION_SORT_MAX = 24;

    private final boolean[] unpriced;
    private final double[] primary;
    private final double[] throughput;

    private ProfileRanking(List<Profile> profiles, ProfileOrder order) {
        int n = profiles.size();
        unpriced = new boolean[n];
        primary = new double[n];
        throughput = new double[n];
        for (int i = 0; i < n; i++) {
            PricedPoint at = profiles.get(i).at();
            CurvePoint point = at.point();
            throughput[i] = point.outputTokensPerSecond();
            switch (order) {
                case RECOMMENDED -> {
                    unpriced[i] = !at.hasCost();
                    primary[i] = at.hasCost() ? at.cost().usdPerMillionOutput().doubleValue() : 0;
                }
                case THROUGHPUT -> primary[i] = 0;
                case LATENCY -> primary[i] = Double.isNaN(point.ntpotMs()) ? Double.POSITIVE_INFINITY : point.ntpotMs();
            }
        }
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
        var ranking = new ProfileRanking(profiles, order);
        int[] indexes = new int[profiles.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = i;
        }
        ranking.mergeSort(indexes, new int[indexes.length], 0, indexes.length);
        return indexes;
    }

    /** Total: the list position settles what the numbers leave equal, so any correct sort gives one answer. */
    private int compare(int a, int b) {
        if (unpriced[a] != unpriced[b]) {
            return unpriced[a] ? 1 : -1;
        }
        int byPrimary = Double.compare(primary[a], primary[b]);
        if (byPrimary != 0) {
            return byPrimary;
        }
        int byThroughput = Double.compare(throughput[b], throughput[a]);
        return byThroughput != 0 ? byThroughput : Integer.compare(a, b);
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
