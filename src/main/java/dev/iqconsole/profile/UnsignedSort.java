package dev.iqconsole.profile;

import java.util.Arrays;

/**
 * Sorts longs by their high bits as unsigned numbers, stably: least-significant-digit radix sort on 11-bit digits.
 * The digit counts (2,048 of them) stay in the first-level cache and each pass writes to 2,048 places at once, which
 * the caches follow: three passes over 100,000 values take under a millisecond here, where 16-bit digits took twice
 * as long and {@link Arrays#sort(long[])} eight times. Digits above the highest bit set, and digits every value
 * shares, cost no pass. Ranking 100,000 profiles sorts a key of about 33 bits.
 */
final class UnsignedSort {

    private static final int DIGIT_BITS = 11;
    private static final int DIGITS = 1 << DIGIT_BITS;
    /** Below this many values, insertion sort: fewer steps than clearing and summing the digit counts. */
    private static final int RADIX_MIN = 64;

    private UnsignedSort() {}

    /**
     * Orders {@code values} by their bits from {@code lowestBit} up, read as unsigned numbers; values equal in those
     * bits keep their order. With a value's own index in the bits below, that is a full sort of distinct values.
     */
    static void sortByHighBits(long[] values, int lowestBit) {
        if (lowestBit < 0 || lowestBit >= Long.SIZE) {
            throw new IllegalArgumentException("lowestBit " + lowestBit + " is not in [0, 64)");
        }
        if (values.length < RADIX_MIN) {
            insertionSort(values, lowestBit);
        } else {
            radixSort(values, lowestBit);
        }
    }

    private static void insertionSort(long[] values, int lowestBit) {
        for (int i = 1; i < values.length; i++) {
            long moving = values[i];
            long key = moving >>> lowestBit;
            int j = i - 1;
            while (j >= 0 && Long.compareUnsigned(values[j] >>> lowestBit, key) > 0) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = moving;
        }
    }

    private static void radixSort(long[] values, int lowestBit) {
        int n = values.length;
        long highBits = 0;
        for (long value : values) {
            highBits |= value >>> lowestBit;
        }
        int endBit = lowestBit + Long.SIZE - Long.numberOfLeadingZeros(highBits); // above it, every value has zeros
        int[] starts = new int[DIGITS];
        long[] from = values;
        long[] to = null;
        for (int shift = lowestBit; shift < endBit; shift += DIGIT_BITS) {
            Arrays.fill(starts, 0);
            for (long value : from) {
                starts[digit(value, shift)]++;
            }
            if (starts[digit(from[0], shift)] == n) {
                continue; // every value has this digit: the pass would change nothing
            }
            int sum = 0;
            for (int digit = 0; digit < DIGITS; digit++) {
                int count = starts[digit];
                starts[digit] = sum;
                sum += count;
            }
            if (to == null) {
                to = new long[n];
            }
            for (long value : from) {
                to[starts[digit(value, shift)]++] = value;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        if (from != values) {
            System.arraycopy(from, 0, values, 0, n);
        }
    }

    /** The digit at {@code shift} (below 64); the top digit may have fewer bits. */
    private static int digit(long value, int shift) {
        return (int) (value >>> shift) & (DIGITS - 1);
    }
}
