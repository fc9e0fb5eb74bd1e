package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lazily built list: a page builds only its profiles, once each; the list cannot be changed. */
class RankedProfilesTest {

    private static final ProfileKey KEY =
            new ProfileKey("m", "vllm", "v1", "g2-standard-8", "nvidia-l4", 1, null, "chatbot");

    @Test
    void reading_a_page_builds_only_that_page_once_and_the_result_keeps_the_list_uncopied() {
        List<Integer> built = new ArrayList<>();
        var profiles = new RankedProfiles(new int[] {5, 3, 9, 1}, position -> {
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
    void an_ordinary_list_is_still_copied() {
        List<Profile> list = new ArrayList<>(List.of(profile(1)));
        var result = new ProfileResult(list, null, "");
        list.clear();

        assertThat(result.profiles()).containsExactly(profile(1));
    }

    private static Profile profile(int position) {
        var point = new CurvePoint(1, position, 1, 1, 1, 1, Provenance.MODELED);
        var curve = new Curve(KEY, List.of(point), 0, Provenance.MODELED, "test", Map.of(), "test");
        return new Profile(curve, null, new PricedPoint(point, null));
    }
}
