package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both ways of {@link UnsignedSort} give the order of {@link Long#compareUnsigned}, ties and signs included. */
class UnsignedSortTest {

    @Test
    void small_and_large_arrays_come_out_in_unsigned_order() {
        Random random = new Random(19);
        for (int size : new int[] {0, 1, 2, 100, 4095, 4096, 20_000}) {
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
                    .sorted(Long::compareUnsigned)
                    .mapToLong(Long::longValue)
                    .toArray();

            UnsignedSort.sort(values);

            assertThat(values).as("size %d", size).containsExactly(expected);
        }
    }
}
