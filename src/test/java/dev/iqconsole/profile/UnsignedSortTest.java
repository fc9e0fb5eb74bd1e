package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Both ways of {@link UnsignedSort} (insertion sort for a few values, radix sort for more) give a stable sort by the
 * high bits as unsigned numbers: ties, signs, shared digits and the narrower top digit included.
 */
class UnsignedSortTest {

    @Test
    void small_and_large_arrays_come_out_stably_sorted_by_their_high_unsigned_bits() {
        Random random = new Random(19);
        for (int lowestBit : new int[] {0, 1, 11, 17, 31, 53, 63}) {
            for (int size : new int[] {0, 1, 2, 63, 64, 100, 4096, 20_000}) {
                long[] values = new long[size];
                for (int i = 0; i < size; i++) {
                    values[i] = switch (random.nextInt(4)) {
                        case 0 -> random.nextLong();
                        case 1 -> random.nextInt(50); // ties
                        case 2 -> Long.MIN_VALUE + random.nextInt(50);
                        default -> (long) random.nextInt(1000) << 40; // digits every value shares
                    };
                }
                long[] expected = Arrays.stream(values)
                        .boxed()
                        .sorted(Comparator.comparing((Long v) -> v >>> lowestBit, Long::compareUnsigned))
                        .mapToLong(Long::longValue)
                        .toArray();

                UnsignedSort.sortByHighBits(values, lowestBit);

                assertThat(values).as("size %d from bit %d", size, lowestBit).containsExactly(expected);
            }
        }
    }

    @Test
    void a_lowest_bit_outside_a_long_is_refused() {
        assertThatThrownBy(() -> UnsignedSort.sortByHighBits(new long[1], 64))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnsignedSort.sortByHighBits(new long[1], -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
