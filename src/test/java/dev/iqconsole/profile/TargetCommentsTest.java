package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.fixtures.FixtureCurves;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words for an unmet latency target: the reachable range, said as one value when its ends print alike. */
class TargetCommentsTest {

    private static final LatencyTargets ONE_MS = new LatencyTargets(1.0, null, null);

    @Test
    void one_best_value_reads_as_one_value_not_as_a_range_from_it_to_itself() {
        // two curves whose best NTPOT is the same 6.6 ms (one a throughput-scaled copy of the other)
        var curves = List.of(
                FixtureCurves.gptOss("v0.10.1", "a3-highgpu-1g", "nvidia-h100-80gb", 1, null, "chatbot", 1.0),
                FixtureCurves.gptOss("v0.7.2", "a3-highgpu-1g", "nvidia-h100-80gb", 1, null, "chatbot", 0.8));

        String comment = TargetComments.whenNoneReturned(curves, ONE_MS, false);

        assertThat(comment)
                .contains("the lowest NTPOT they reach is 6.6 ms, so 6.6 ms is the lowest target")
                .doesNotContain("ranges from")
                .doesNotContain("6.6 ms to 6.6 ms");
    }

    @Test
    void different_best_values_read_as_a_range() {
        var curves = List.of(
                FixtureCurves.gptOss("v0.10.1", "a3-highgpu-1g", "nvidia-h100-80gb", 1, null, "chatbot", 1.0),
                new FixtureCurves()
                        .curves().stream()
                                .filter(c -> c.key().machineType().equals("g2-standard-48"))
                                .findFirst()
                                .orElseThrow());

        String comment = TargetComments.whenNoneReturned(curves, ONE_MS, false);

        assertThat(comment).contains("the lowest NTPOT they reach ranges from 6.6 ms to 118 ms, so 6.6 ms is");
    }
}
