package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iqconsole.catalog.PricingModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A subset put in order from a ranking made once must come out exactly as sorting the subset itself would: the
 * pre-ranked answer of {@link InflectionProfiles} is only an optimization. Checked against a plain comparator on
 * random profiles with many ties, for subsets small (sorted ranks) and large (scan).
 */
class RankedPositionsTest {

    private static final ProfileKey KEY =
            new ProfileKey("m", "vllm", "v1", "g2-standard-8", "nvidia-l4", 1, null, "chatbot");

    /** GIQ's ranking written the obvious way: key order (list order) breaks the remaining ties. */
    static Comparator<Integer> reference(List<Profile> profiles, ProfileOrder order) {
        Comparator<Integer> throughputDescending = Comparator.comparingDouble(
                        (Integer i) -> profiles.get(i).at().point().outputTokensPerSecond())
                .reversed();
        Comparator<Integer> byOrder = switch (order) {
            case RECOMMENDED ->
                Comparator.comparing((Integer i) -> !profiles.get(i).at().hasCost())
                        .thenComparing(i -> profiles.get(i).at().hasCost()
                                ? profiles.get(i).at().cost().usdPerMillionOutput()
                                : BigDecimal.ZERO)
                        .thenComparing(throughputDescending);
            case THROUGHPUT -> throughputDescending;
            case LATENCY ->
                Comparator.comparingDouble((Integer i) -> {
                            double ntpot = profiles.get(i).at().point().ntpotMs();
                            return Double.isNaN(ntpot) ? Double.POSITIVE_INFINITY : ntpot;
                        })
                        .thenComparing(throughputDescending);
        };
        return byOrder.thenComparing(Comparator.naturalOrder());
    }

    @Test
    void a_subset_in_rank_order_is_the_subset_sorted_for_every_order_and_subset_size() {
        Random random = new Random(3);
        for (int round = 0; round < 40; round++) {
            List<Profile> profiles = randomProfiles(random, 1 + random.nextInt(400));
            for (ProfileOrder order : ProfileOrder.values()) {
                var ranked = new RankedPositions(ProfileRanking.order(profiles, order));
                for (double share : new double[] {0.02, 0.1, 0.5, 1.0}) {
                    int[] subset = IntStream.range(0, profiles.size())
                            .filter(i -> random.nextDouble() < share)
                            .toArray();

                    int[] expected = IntStream.of(subset)
                            .boxed()
                            .sorted(reference(profiles, order))
                            .mapToInt(Integer::intValue)
                            .toArray();
                    assertThat(ranked.inRankOrder(subset))
                            .as("round %d, %s, share %s", round, order, share)
                            .containsExactly(expected);
                }
            }
        }
    }

    @Test
    void ranking_a_list_gives_the_reference_order_too() {
        Random random = new Random(7);
        List<Profile> profiles = randomProfiles(random, 500);
        for (ProfileOrder order : ProfileOrder.values()) {
            List<Profile> sorted = IntStream.of(ProfileRanking.order(profiles, order))
                    .mapToObj(profiles::get)
                    .toList();

            List<Profile> expected = IntStream.range(0, profiles.size())
                    .boxed()
                    .sorted(reference(profiles, order))
                    .map(profiles::get)
                    .toList();
            assertThat(sorted).as("%s", order).containsExactlyElementsOf(expected);
        }
    }

    /**
     * Many profiles (the radix sort) with numbers that differ only far below the bits sorted as plain numbers: a
     * nano-dollar on a large cost, an ulp of throughput. The full comparison must still settle them.
     */
    @Test
    void many_profiles_with_near_ties_get_the_reference_order() {
        Random random = new Random(11);
        var curve = new Curve(KEY, List.of(point(1, 1)), 0, Provenance.MODELED, "test", Map.of(), "test");
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double throughput = 1000 + random.nextInt(50);
            for (int ulps = random.nextInt(3); ulps > 0; ulps--) {
                throughput = Math.nextUp(throughput);
            }
            long nanos = 7_000_000_000L + random.nextInt(20);
            TokenCost cost = random.nextInt(10) == 0
                    ? null
                    : new TokenCost(
                            BigDecimal.valueOf(nanos / 4, 9), BigDecimal.valueOf(nanos, 9), PricingModel.SPOT, 4, null);
            var point = point(throughput, random.nextInt(3) + random.nextInt(2) * 1e-12);
            profiles.add(new Profile(curve, null, new PricedPoint(point, cost, DataLabel.modeled("test"))));
        }
        for (ProfileOrder order : ProfileOrder.values()) {
            int[] expected = IntStream.range(0, profiles.size())
                    .boxed()
                    .sorted(reference(profiles, order))
                    .mapToInt(Integer::intValue)
                    .toArray();

            assertThat(ProfileRanking.order(profiles, order)).as("%s", order).containsExactly(expected);
            for (int wanted : new int[] {1, 7, 100, 2_499, 2_500, 20_000}) {
                int[] prefix = ProfileRanking.of(profiles, order).sortedPrefix(wanted);
                assertThat(prefix.length).as("%s, %d wanted", order, wanted).isGreaterThanOrEqualTo(wanted);
                assertThat(prefix)
                        .as("%s, %d wanted", order, wanted)
                        .containsExactly(Arrays.copyOf(expected, prefix.length));
            }
        }
    }

    @Test
    void a_ranked_prefix_is_the_beginning_of_the_full_ranking() {
        Random random = new Random(13);
        for (int round = 0; round < 30; round++) {
            List<Profile> profiles = randomProfiles(random, 1 + random.nextInt(3_000));
            for (ProfileOrder order : ProfileOrder.values()) {
                int[] all = ProfileRanking.order(profiles, order);
                int wanted = 1 + random.nextInt(profiles.size());
                int[] prefix = ProfileRanking.of(profiles, order).sortedPrefix(wanted);

                assertThat(prefix.length).isBetween(wanted, profiles.size());
                assertThat(prefix)
                        .as("round %d, %s, %d of %d wanted", round, order, wanted, profiles.size())
                        .containsExactly(Arrays.copyOf(all, prefix.length));
            }
        }
    }

    @Test
    void an_array_that_is_not_a_ranking_of_every_position_is_refused() {
        assertThatThrownBy(() -> new RankedPositions(new int[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RankedPositions(new int[] {0, 2})).isInstanceOf(IllegalArgumentException.class);
    }

    /** Few distinct values, so that ties on cost, throughput and NTPOT are common; some unpriced, some NaN NTPOT. */
    private static List<Profile> randomProfiles(Random random, int count) {
        var curve = new Curve(KEY, List.of(point(1, 1)), 0, Provenance.MODELED, "test", Map.of(), "test");
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var point = point(100 * random.nextInt(6), random.nextInt(8) == 0 ? Double.NaN : random.nextInt(5));
            TokenCost cost = random.nextInt(4) == 0
                    ? null
                    : new TokenCost(
                            BigDecimal.valueOf(random.nextInt(5), 3),
                            BigDecimal.valueOf(random.nextInt(5), 2),
                            PricingModel.SPOT,
                            4,
                            null);
            profiles.add(new Profile(curve, null, new PricedPoint(point, cost, DataLabel.modeled("test"))));
        }
        return profiles;
    }

    private static CurvePoint point(double outputTokensPerSecond, double ntpotMs) {
        return new CurvePoint(
                1, outputTokensPerSecond, Double.NaN, ntpotMs, Double.NaN, Double.NaN, Provenance.MODELED);
    }
}
