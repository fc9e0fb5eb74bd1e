package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.iqconsole.catalog.Price;
import dev.iqconsole.catalog.PriceScope;
import dev.iqconsole.catalog.PricingModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TokenCostsTest {

    private final Price h100Spot = new Price(
            "a3-highgpu-1g",
            PricingModel.SPOT,
            "us-central1",
            LocalDate.of(2025, 8, 30),
            new BigDecimal("2.08"),
            PriceScope.ACCELERATOR_ONLY,
            "test");

    @Test
    void output_cost_is_the_price_per_second_over_weighted_token_throughput_and_input_is_a_quarter_of_it() {
        var cost = TokenCosts.computed(h100Spot, 13335, 15455, 4.0).orElseThrow();

        double expectedOutput = 2.08 / 3600 * 1e6 / (15455 / 4.0 + 13335);
        assertThat(cost.usdPerMillionOutput().doubleValue()).isCloseTo(expectedOutput, within(1e-9));
        assertThat(cost.usdPerMillionInput().doubleValue()).isCloseTo(expectedOutput / 4, within(1e-9));
        assertThat(cost.price()).isEqualTo(h100Spot);
    }

    @Test
    void the_published_gpt_oss_figure_is_reproduced_within_rounding_by_the_accelerator_only_price() {
        // GKE docs: 13335 tok/s at $0.035/M output (docs/reference/public-benchmarks.md §1.2, §6.6)
        var cost = TokenCosts.computed(h100Spot, 13335, 15455, 4.0).orElseThrow();

        assertThat(cost.usdPerMillionOutput().doubleValue()).isCloseTo(0.035, within(0.002));
    }

    @Test
    void a_higher_cost_ratio_makes_input_tokens_cheaper_and_output_tokens_dearer() {
        var ratio4 = TokenCosts.computed(h100Spot, 1000, 1000, 4.0).orElseThrow();
        var ratio8 = TokenCosts.computed(h100Spot, 1000, 1000, 8.0).orElseThrow();

        assertThat(ratio8.usdPerMillionOutput()).isGreaterThan(ratio4.usdPerMillionOutput());
        assertThat(ratio8.usdPerMillionInput()).isLessThan(ratio4.usdPerMillionInput());
        assertThat(ratio8.outputInputCostRatio()).isEqualTo(8.0);
    }

    @Test
    void unknown_input_throughput_counts_as_zero_and_no_throughput_has_no_cost() {
        assertThat(TokenCosts.computed(h100Spot, 1000, Double.NaN, 4.0)
                        .orElseThrow()
                        .usdPerMillionOutput()
                        .doubleValue())
                .isCloseTo(2.08 / 3600 * 1e6 / 1000, within(1e-9));
        assertThat(TokenCosts.computed(h100Spot, 0, 0, 4.0)).isEmpty();
    }

    @Test
    void the_rounded_figure_as_a_double_is_the_doubleValue_of_the_figure_users_see() {
        java.util.Random random = new java.util.Random(37);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble() * 100;
                case 1 -> random.nextInt(1_000_000) / 1e9 + random.nextInt(100); // halves and exact nanos
                case 2 -> Math.scalb(random.nextDouble(), random.nextInt(80) - 40);
                default -> random.nextDouble() * 1e8; // past what nanos in a long can carry exactly
            };
            assertThat(TokenCosts.roundedUsd(value))
                    .as("%s", value)
                    .isEqualTo(TokenCosts.usd(value).doubleValue());
        }
    }
}
