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
 * (descending ones inverted), so that one {@code long} per profile can carry the group and the first number's leading
 * bits above the position: a radix sort of those plain longs ({@link UnsignedSort}) ranks 100,000 profiles in about
 * a millisecond, and only runs whose leading bits are equal are compared again in full. Comparing through accessors
 * and BigDecimal, or objects scattered over the heap, dominated the whole query.
 */
final class ProfileRanking {

    /**
     * Bits of a profile's coarse key that are sorted as plain numbers: with 11-bit digits, three passes. Keys equal
     * in them (ties, or numbers closer than about one part in a million) are then compared in full.
     */
    private static final int KEY_BITS = 33;

    /** Key bits that each step of {@link #sortedPrefix} splits by: 2,048 splits. */
    private static final int SELECT_BITS = 11;
    /** A prefix is worth it when at most one profile in this many is wanted; beyond, everything is sorted. */
    private static final int PREFIX_SHARE = 8;

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

    /** The indexes of {@code profiles} from first to last in {@code order}; ties keep list order. */
    static int[] order(List<Profile> profiles, ProfileOrder order) {
        return of(profiles, order).sorted();
    }

    /** A ranking of {@code profiles} in list order. */
    static ProfileRanking of(List<Profile> profiles, ProfileOrder order) {
        var ranking = new ProfileRanking(profiles.size(), order);
        for (Profile profile : profiles) {
            PricedPoint at = profile.at();
            ranking.add(
                    at.point().outputTokensPerSecond(),
                    at.point().ntpotMs(),
                    at.hasCost() ? at.cost().usdPerMillionOutput().doubleValue() : Double.NaN);
        }
        return ranking;
    }

    /**
     * Each index packed below the leading {@link #KEY_BITS} bits in which the profiles' coarse keys differ, sorted by
     * those bits; then the runs those leave equal are sorted by the full comparison.
     *
     * @return the indexes {@code 0..count-1} of the added profiles from first to last; ties keep index order
     */
    int[] sorted() {
        return sort(null, count);
    }

    /**
     * The first profiles in order, at least {@code wanted} of them (all of them when there are fewer), for a caller
     * that reads the top of a long ranking: an API page, or the one recommended profile. A radix select on the coarse
     * keys, whose order the full order never contradicts: split the undecided profiles by 11 more of their keys'
     * bits, keep those below the split where the wanted ones end, look closer only at that split. Only the kept
     * profiles are sorted; ranking 100,000 profiles to read 100 costs a few reads of their keys.
     *
     * @return the indexes of the first profiles from first to last, as {@link #sorted()} begins
     */
    int[] sortedPrefix(int wanted) {
        if ((long) wanted * PREFIX_SHARE >= count) {
            return sorted();
        }
        boolean[] kept = new boolean[count];
        int keptCount = 0;
        int[] undecided = null; // null: every profile
        int undecidedCount = count;
        int shift = Long.SIZE - Long.numberOfLeadingZeros(differingCoarseBits(null, count));
        while (undecidedCount > 0) {
            shift = Math.max(0, shift - SELECT_BITS);
            int[] counts = new int[1 << SELECT_BITS];
            for (int place = 0; place < undecidedCount; place++) {
                counts[split(member(undecided, place), shift)]++;
            }
            int boundary = 0;
            int belowBoundary = 0;
            while (keptCount + belowBoundary + counts[boundary] < wanted) {
                belowBoundary += counts[boundary++];
            }
            // the profiles of the boundary split rank after those below it; decide on them now if they are few
            boolean keepBoundary = shift == 0 || keptCount + belowBoundary + counts[boundary] <= 2 * wanted;
            int[] next = keepBoundary ? null : new int[counts[boundary]];
            int nextCount = 0;
            for (int place = 0; place < undecidedCount; place++) {
                int i = member(undecided, place);
                int split = split(i, shift);
                if (split < boundary || (split == boundary && keepBoundary)) {
                    kept[i] = true;
                    keptCount++;
                } else if (split == boundary) {
                    next[nextCount++] = i;
                }
            }
            undecided = next;
            undecidedCount = nextCount;
        }
        int[] members = new int[keptCount];
        int next = 0;
        for (int i = 0; i < count; i++) {
            if (kept[i]) {
                members[next++] = i;
            }
        }
        return sort(members, keptCount);
    }

    /** Profile {@code i}'s split: its coarse key's 11 bits from {@code shift} on (those above are alike in all). */
    private int split(int i, int shift) {
        return (int) (coarse(i) >>> shift) & ((1 << SELECT_BITS) - 1);
    }

    /** The bits in which the coarse keys of {@code members} ({@code null}: all profiles) are not all the same. */
    private long differingCoarseBits(int[] members, int size) {
        long sharedOnes = -1;
        long anyOnes = 0;
        for (int place = 0; place < size; place++) {
            long coarse = coarse(member(members, place));
            sharedOnes &= coarse;
            anyOnes |= coarse;
        }
        return size == 0 ? 0 : sharedOnes ^ anyOnes;
    }

    /**
     * Sorts the profiles {@code members} (ascending indexes; {@code null}: all of them), {@code size} of them: each
     * member's place in {@code members} packed below the coarse key's leading differing bits, a radix sort by those,
     * then the runs they leave equal sorted by the full comparison.
     */
    private int[] sort(int[] members, int size) {
        int placeBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(size - 1));
        long placeMask = (1L << placeBits) - 1;
        // bits above the highest one that differs are the same in every key: the key starts there
        int differingBits = Long.SIZE - Long.numberOfLeadingZeros(differingCoarseBits(members, size));
        int keyShift = Math.max(0, differingBits - Math.min(KEY_BITS, Long.SIZE - placeBits));
        long[] packed = new long[size];
        for (int place = 0; place < size; place++) {
            packed[place] = coarse(member(members, place)) >>> keyShift << placeBits | place;
        }
        UnsignedSort.sortByHighBits(packed, placeBits); // stable, and the places ascend: ties keep index order
        int[] indexes = new int[size];
        for (int i = 0; i < size; i++) {
            indexes[i] = member(members, (int) (packed[i] & placeMask));
        }
        int[] scratch = null;
        for (int runStart = 0; runStart < size; ) {
            int runEnd = runStart + 1;
            while (runEnd < size && (packed[runEnd] >>> placeBits) == (packed[runStart] >>> placeBits)) {
                runEnd++;
            }
            if (!inOrder(indexes, runStart, runEnd)) {
                scratch = scratch == null ? new int[size] : scratch;
                mergeSort(indexes, scratch, runStart, runEnd);
            }
            runStart = runEnd;
        }
        return indexes;
    }

    private static int member(int[] members, int place) {
        return members == null ? place : members[place];
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
