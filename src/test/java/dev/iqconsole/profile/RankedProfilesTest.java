package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The lazily built list: a page builds only its profiles, once each; the list cannot be changed. */
class RankedProfilesTest {

    private static final ProfileKey KEY =
            new ProfileKey("m", "vllm", "v1", "g2-standard-8", "nvidia-l4", 1, null, "chatbot");

    @Test
    void reading_a_page_builds_only_that_page_once_and_the_result_keeps_the_list_uncopied() {
        List<Integer> built = new ArrayList<>();
        int[] positions = {5, 3, 9, 1};
        var profiles = new RankedProfiles(positions.length, wanted -> positions, position -> {
            built.add(position);
            return profile(position);
        });
        var result = new ProfileResult(profiles, null, "");

        assertThat(result.profiles()).isSameAs(profiles).hasSize(4);
        assertThat(result.profiles().subList(1, 3))
                .extracting(p -> p.at().point().outputTokensPerSecond())
                .containsExactly(3.0, 9.0);
        assertThat(result.profiles().get(1)).isSameAs(result.profiles().get(1));
        assertThat(built).containsExactly(3, 9);
        assertThat(result.profiles()).isEqualTo(List.of(profile(5), profile(3), profile(9), profile(1)));
        assertThatThrownBy(() -> result.profiles().add(profile(2))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.profiles().set(0, profile(2)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.profiles().get(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void the_first_read_ranks_a_prefix_and_reading_further_ranks_more() {
        int size = 10_000;
        int[] all = IntStream.range(0, size).map(rank -> size - 1 - rank).toArray();
        List<Integer> asked = new ArrayList<>();
        var profiles = new RankedProfiles(
                size,
                wanted -> {
                    asked.add(wanted);
                    return Arrays.copyOf(all, Math.min(size, wanted + 3)); // a prefix may hold a few more
                },
                RankedProfilesTest::profile);

        assertThat(profiles).hasSize(size);
        assertThat(asked).isEmpty();
        assertThat(profiles.subList(0, 100))
                .extracting(p -> (int) p.at().point().outputTokensPerSecond())
                .containsExactly(
                        IntStream.range(0, 100).map(rank -> all[rank]).boxed().toArray(Integer[]::new));
        assertThat(asked).containsExactly(256);
        assertThat(profiles.get(258).at().point().outputTokensPerSecond()).isEqualTo(all[258]);
        assertThat(asked).containsExactly(256);
        assertThat(profiles.get(600).at().point().outputTokensPerSecond()).isEqualTo(all[600]);
        assertThat(asked).containsExactly(256, 601);
        assertThat(profiles.getLast().at().point().outputTokensPerSecond()).isEqualTo(all[size - 1]);
        assertThat(asked).containsExactly(256, 601, size);
        assertThatThrownBy(() -> profiles.get(size)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void a_prefix_shorter_than_asked_for_is_a_bug_said_as_such() {
        var profiles = new RankedProfiles(10, wanted -> new int[] {1, 2}, RankedProfilesTest::profile);

        assertThatThrownBy(() -> profiles.get(5))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("asked to rank 256 of 10, got 2");
    }

    @Test
    void an_ordinary_list_is_still_copied() {
        List<Profile> list = new ArrayList<>(List.of(profile(1)));
        var result = new ProfileResult(list, null, "");
        list.clear();

        assertThat(result.profiles()).containsExactly(profile(1));
    }

    private static Profile profile(int position) {
        var point = new CurvePoint(1, position, 1, 1, 1, 1, Provenance.MODELED);
        var curve = new Curve(KEY, List.of(point), 0, Provenance.MODELED, "test", Map.of(), "test");
        return new Profile(curve, null, new PricedPoint(point, null, DataLabel.modeled("test")));
    }
}
