package dev.iqconsole.profile;

import static dev.iqconsole.fixtures.FixtureCatalog.GEMMA;
import static dev.iqconsole.fixtures.FixtureCatalog.GPT_OSS;
import static dev.iqconsole.fixtures.FixtureCatalog.LLAMA_1B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.fixtures.FixtureCatalog;
import dev.iqconsole.fixtures.FixtureCurves;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileServiceTest {

    private final ProfileService service = new ProfileService(new FixtureCatalog(), new FixtureCurves());

    private ProfileResult fetch(ProfileQuery.Builder query) {
        return service.fetch(query.build());
    }

    private static List<String> machineTypes(ProfileResult result) {
        return result.profiles().stream().map(p -> p.key().machineType()).toList();
    }

    @Test
    void without_targets_gemma_profiles_keep_giqs_published_figures_but_cost_what_the_price_sheet_says() {
        var result = fetch(ProfileQuery.builder().model(GEMMA));

        assertThat(machineTypes(result)).containsExactly("a3-highgpu-1g", "g2-standard-48", "a2-highgpu-2g");
        var h100 = result.profiles().getFirst();
        assertThat(h100.at().point().outputTokensPerSecond()).isEqualTo(2050);
        assertThat(h100.at().point().ntpotMs()).isEqualTo(67);
        // no input throughput on the digitized curve: the chatbot use case's 226/195 input/output ratio stands in
        double input = 2050.0 * 226 / 195;
        assertThat(h100.at().cost().usdPerMillionOutput().doubleValue())
                .isCloseTo(2.08 / 3600 * 1e6 / (input / 4 + 2050), within(1e-9));
        assertThat(h100.at().cost().price().usdPerHour()).isEqualByComparingTo("2.08");
        var label = h100.at().label();
        assertThat(label.label()).isEqualTo("published");
        assertThat(label.basis()).contains("giq_visualizations.ipynb cell 25");
        assertThat(label.publishedCost().usdPerMillionOutput())
                .as("GIQ's own figure, at its prices of the time, travels as a reference")
                .isEqualByComparingTo("0.222");
        assertThat(label.describe()).contains("GIQ published $0.222/M output tokens and $0.055/M input (Spot)");
        assertThat(result.profiles().get(2).at().hasCost())
                .as("a2-highgpu-2g has no price: N/A")
                .isFalse();
        assertThat(result.comment())
                .startsWith("3 profiles are published, 0 are modeled")
                .contains("google/gemma-2-27b-it, vllm v0.7.2, a3-highgpu-1g: published: giq_visualizations.ipynb");
    }

    @Test
    void another_pricing_model_prices_the_same_published_point_from_its_own_hourly_price() {
        var result = fetch(ProfileQuery.builder().model(GEMMA).pricingModel("on-demand"));

        var h100 = result.profiles().stream()
                .filter(p -> p.key().machineType().equals("a3-highgpu-1g"))
                .findFirst()
                .orElseThrow();
        assertThat(h100.at().label().isPublished()).isTrue();
        assertThat(h100.at().cost().pricingModel()).isEqualTo(PricingModel.ON_DEMAND);
        // no input throughput on the digitized curve: the chatbot use case's 226/195 input/output ratio stands in
        double input = 2050.0 * 226 / 195;
        assertThat(h100.at().cost().usdPerMillionOutput().doubleValue())
                .isCloseTo(11.06 / 3600 * 1e6 / (input / 4 + 2050), within(1e-9));
        assertThat(result.profiles().stream().filter(p -> p.at().hasCost()))
                .singleElement()
                .as("only a3 has an on-demand price")
                .satisfies(p -> assertThat(p.key().machineType()).isEqualTo("a3-highgpu-1g"));
    }

    @Test
    void profiles_that_cannot_meet_the_ntpot_target_are_excluded_and_the_rest_are_read_at_the_target() {
        var result = fetch(ProfileQuery.builder().model(GEMMA).targetNtpotMs(100.0));

        assertThat(machineTypes(result)).containsExactlyInAnyOrder("a3-highgpu-1g", "a2-highgpu-2g");
        var h100 = result.profiles().getFirst();
        assertThat(h100.at().point().ntpotMs()).isCloseTo(100, within(1e-9));
        assertThat(h100.at().point().outputTokensPerSecond())
                .isCloseTo(2050 + (2091 - 2050) * (33.0 / 548), within(1e-6));
        assertThat(h100.at().label().describe())
                .as("a point interpolated between published ones is modeled and has no published cost")
                .startsWith("modeled: interpolated between the published points of ")
                .doesNotContain("GIQ published");
    }

    @Test
    void profiles_that_cannot_meet_the_ttft_target_are_excluded() {
        var result = fetch(ProfileQuery.builder().targetTtftMs(100.0));

        assertThat(result.profiles()).allSatisfy(p -> {
            assertThat(p.key().model()).as("gemma curves report no TTFT").isEqualTo(GPT_OSS);
            assertThat(p.at().point().ttftMs()).isLessThanOrEqualTo(100.0 + 1e-9);
        });
        assertThat(result.profiles()).hasSize(3);
    }

    @Test
    void a_target_below_every_profiles_best_latency_is_explained_with_the_achievable_range() {
        var result = fetch(ProfileQuery.builder().model(GEMMA).targetNtpotMs(20.0));

        assertThat(result.profiles()).isEmpty();
        assertThat(result.comment())
                .contains("NTPOT target of 20 ms is below every matching profile's best NTPOT")
                .contains("from 34 ms to 118 ms")
                .contains("34 ms is the lowest target that returns a profile");
    }

    @Test
    void targets_reachable_alone_but_not_together_are_explained_too() {
        var lowNtpot = curve("a3-highgpu-1g", new CurvePoint(1, 100, 100, 10, 100, 10, Provenance.PUBLISHED));
        var lowTtft = curve("g2-standard-48", new CurvePoint(1, 100, 100, 50, 20, 50, Provenance.PUBLISHED));
        var twoCurves = new ProfileService(new FixtureCatalog(), new CurveCatalog() {
            public List<Curve> curves() {
                return List.of(lowNtpot, lowTtft);
            }

            public List<Exclusion> exclusions() {
                return List.of();
            }
        });

        var result = twoCurves.fetch(
                ProfileQuery.builder().targetNtpotMs(20.0).targetTtftMs(50.0).build());

        assertThat(result.profiles()).isEmpty();
        assertThat(result.comment()).contains("no profile meets all of them together");
    }

    private static Curve curve(String machineType, CurvePoint point) {
        var key = new ProfileKey("m/m", "vllm", "v1", machineType, "nvidia-l4", 1, null, "chatbot");
        return new Curve(key, List.of(point), 0, Provenance.PUBLISHED, "x", java.util.Map.of(), "test");
    }

    @Test
    void the_latest_version_is_chosen_per_accelerator_family_by_default_and_all_returns_every_version() {
        var latest = fetch(ProfileQuery.builder().model(GPT_OSS).useCase("chatbot"));
        var all = fetch(ProfileQuery.builder().model(GPT_OSS).useCase("chatbot").modelServerVersion("all"));
        var old = fetch(ProfileQuery.builder().model(GPT_OSS).modelServerVersion("v0.7.2"));

        assertThat(latest.profiles())
                .extracting(p -> p.key().serverVersion())
                .containsExactlyInAnyOrder("v0.10.1", "nightly-20250801");
        assertThat(all.profiles()).hasSize(3);
        assertThat(old.profiles())
                .singleElement()
                .satisfies(p -> assertThat(p.key().serverVersion()).isEqualTo("v0.7.2"));
    }

    @Test
    void use_case_filters_by_api_name_or_gcloud_label() {
        var byName = fetch(ProfileQuery.builder().model(GPT_OSS).useCase("code completion"));
        var byLabel = fetch(ProfileQuery.builder().model(GPT_OSS).useCase("Code Completion"));

        assertThat(byName.profiles())
                .singleElement()
                .satisfies(p -> assertThat(p.key().useCase()).isEqualTo("code completion"));
        assertThat(byLabel.profiles()).isEqualTo(byName.profiles());
    }

    @Test
    void recommended_ranks_by_output_cost_then_unpriced_by_throughput_and_other_orders_are_available() {
        var all = ProfileQuery.builder().modelServerVersion("all");
        var recommended = fetch(all);
        var byThroughput = fetch(all.order(ProfileOrder.THROUGHPUT));
        var byLatency = fetch(all.order(ProfileOrder.LATENCY));

        var priced =
                recommended.profiles().stream().takeWhile(p -> p.at().hasCost()).toList();
        assertThat(priced).extracting(p -> p.at().cost().usdPerMillionOutput()).isSorted();
        assertThat(recommended.profiles().getLast().key().machineType()).isEqualTo("a2-highgpu-2g");
        assertThat(byThroughput.profiles())
                .extracting(p -> -p.at().point().outputTokensPerSecond())
                .isSorted();
        assertThat(byLatency.profiles())
                .extracting(p -> p.at().point().ntpotMs())
                .isSorted();
    }

    @Test
    void cost_targets_keep_only_profiles_priced_at_or_under_them() {
        var result = fetch(ProfileQuery.builder().model(GEMMA).targetUsdPerMillionOutput(new BigDecimal("0.3")));

        assertThat(machineTypes(result)).containsExactly("a3-highgpu-1g");
    }

    @Test
    void the_performance_range_spans_the_returned_operating_points() {
        var result = fetch(ProfileQuery.builder().model(GEMMA));

        assertThat(result.range().outputTokensPerSecond()).isEqualTo(new MetricRange(425, 2050));
        assertThat(result.range().ntpotMs()).isEqualTo(new MetricRange(67, 1085));
        assertThat(result.range().ttftMs().isKnown()).isFalse();
    }

    @Test
    void benchmark_data_has_every_point_of_the_matching_curves() {
        var curves = service.benchmarks(new BenchmarkQuery(GEMMA, "vllm", null, "g2-standard-48", null, null, null));

        assertThat(curves).singleElement().satisfies(c -> {
            assertThat(c.points()).hasSize(6);
            assertThat(c.points()).allSatisfy(p -> assertThat(p.hasCost()).isTrue());
        });
    }

    @Test
    void models_servers_versions_and_combinations_list_only_what_has_profiles() {
        assertThat(service.modelsWithProfiles()).containsExactly(GEMMA, GPT_OSS).doesNotContain(LLAMA_1B);
        assertThat(service.modelServers(GPT_OSS)).containsExactly("vllm");
        assertThat(service.modelServerVersions(GPT_OSS, "vllm"))
                .containsExactly("v0.10.1", "nightly-20250801", "v0.7.2");
        assertThat(service.modelServers(LLAMA_1B)).isEmpty();
        assertThat(service.serverSetups(null, null, null))
                .containsExactly(
                        new ServerSetup(GEMMA, "vllm", "v0.7.2"),
                        new ServerSetup(GPT_OSS, "vllm", "v0.10.1"),
                        new ServerSetup(GPT_OSS, "vllm", "nightly-20250801"));
    }

    @Test
    void unknown_names_fail_as_not_found_naming_the_field_and_the_known_values() {
        assertThatThrownBy(() -> fetch(ProfileQuery.builder().model("acme/nope")))
                .isInstanceOfSatisfying(ProfileQueryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProfileQueryException.Kind.NOT_FOUND);
                    assertThat(e.field()).isEqualTo("model");
                    assertThat(e.getMessage()).contains("acme/nope").contains(GEMMA);
                });
        assertThatThrownBy(() -> service.modelServerVersions(GEMMA, "sglang"))
                .hasMessageContaining("modelServer: 'sglang' is not known")
                .hasMessageContaining("vllm");
        assertThatThrownBy(
                        () -> fetch(ProfileQuery.builder().modelServer("vllm").modelServerVersion("v9")))
                .hasMessageContaining("modelServerVersion")
                .hasMessageContaining("v0.10.1")
                .hasMessageContaining("all");
    }

    @Test
    void bad_values_fail_as_invalid_naming_the_field_and_what_is_allowed() {
        assertInvalid(ProfileQuery.builder().pricingModel("cheap"), "pricingModel", "spot, on-demand, 1-year-cud");
        assertInvalid(ProfileQuery.builder().useCase("poetry"), "useCase", "chatbot (Chatbot (ShareGPT))");
        assertInvalid(ProfileQuery.builder().targetNtpotMs(-5.0), "targetNtpotMilliseconds", "> 0");
        assertInvalid(ProfileQuery.builder().targetTtftMs(1e12), "targetTtftMilliseconds", "<= 3600000");
        assertInvalid(ProfileQuery.builder().averageLengths(100, null), "averageOutputLength", "only together");
        assertInvalid(ProfileQuery.builder().outputInputCostRatio(0.0), "outputInputCostRatio", "> 0");
        assertInvalid(
                ProfileQuery.builder().targetUsdPerMillionInput(new BigDecimal("-1")),
                "costPerMillionInputTokens",
                "USD > 0");
    }

    private void assertInvalid(ProfileQuery.Builder query, String field, String allowed) {
        assertThatThrownBy(() -> fetch(query)).isInstanceOfSatisfying(ProfileQueryException.class, e -> {
            assertThat(e.kind()).isEqualTo(ProfileQueryException.Kind.INVALID);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(allowed);
        });
    }
}
