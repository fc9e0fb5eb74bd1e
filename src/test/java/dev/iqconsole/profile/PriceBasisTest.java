package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.Price;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.catalog.TestCatalogs;
import dev.iqconsole.catalog.UseCase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One price basis: every cost the engine answers with, on every curve and in every answer, is one hourly price of the
 * price sheet in force spread over the weighted tokens of its point, published points included.
 */
class PriceBasisTest {

    private static final Catalog CATALOG = TestCatalogs.repositoryData();
    private static final List<Curve> CURVES = CurveBuilder.build(CATALOG).curves();
    private static final List<Price> LISTED = TestCatalogs.listedPrices();
    private final ProfileService service = new ProfileService(CATALOG, new ModeledCurves());

    @Test
    void every_point_of_every_curve_costs_its_machines_one_hourly_price_from_the_sheet_in_force() {
        int checked = 0;
        int published = 0;
        for (String model : service.modelsWithProfiles()) {
            for (String server : service.modelServers(model)) {
                for (PricingModel pricingModel : PricingModel.values()) {
                    for (double ratio : new double[] {4.0, 2.5}) {
                        var curves = service.benchmarks(
                                new BenchmarkQuery(model, server, "all", null, pricingModel.apiName(), null, ratio));
                        for (BenchmarkCurve curve : curves) {
                            for (PricedPoint priced : curve.points()) {
                                checked += assertOneHourlyPrice(curve.curve(), curve.useCase(), priced, ratio);
                                published += priced.label().isPublished() && priced.hasCost() ? 1 : 0;
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).as("priced points").isGreaterThan(1000);
        assertThat(published).as("published points priced like any other").isGreaterThan(10);
    }

    @Test
    void answers_at_the_inflection_point_and_at_a_target_cost_what_their_curves_do() {
        for (PricingModel pricingModel : PricingModel.values()) {
            for (Double target : new Double[] {null, 66.0, 67.0, 200.0}) {
                var result = service.fetch(ProfileQuery.builder()
                        .modelServerVersion("all")
                        .pricingModel(pricingModel.apiName())
                        .targetNtpotMs(target)
                        .build());
                assertThat(result.profiles()).isNotEmpty();
                for (Profile profile : result.profiles()) {
                    assertOneHourlyPrice(profile.curve(), profile.useCase(), profile.at(), 4.0);
                }
            }
        }
    }

    @Test
    void a_published_point_costs_what_the_modeled_point_of_the_same_throughput_costs() {
        // gemma-2-27b-it on one H100: GIQ's published v0.7.2 knee and the v0.12.0 curve of the calibrated model
        var result = service.fetch(ProfileQuery.builder()
                .model("google/gemma-2-27b-it")
                .modelServer("vllm")
                .modelServerVersion("all")
                .useCase("chatbot")
                .build());
        var h100 = result.profiles().stream()
                .filter(p -> p.key().machineType().equals("a3-highgpu-1g"))
                .toList();
        assertThat(h100).extracting(p -> p.key().serverVersion()).containsExactlyInAnyOrder("v0.7.2", "v0.12.0");
        // one hourly price: cost per token x tokens per second is the same on both, whatever their throughputs
        var spend = h100.stream()
                .map(p -> p.at().cost().usdPerMillionOutput().doubleValue()
                        * p.at().point().outputTokensPerSecond())
                .toList();
        assertThat(spend.get(0)).isCloseTo(spend.get(1), within(1e-6 * spend.get(1)));
        var published = h100.stream()
                .filter(p -> p.at().label().isPublished())
                .findFirst()
                .orElseThrow();
        assertThat(published.key().serverVersion()).isEqualTo("v0.7.2");
        assertThat(published.at().cost().usdPerMillionOutput())
                .as("the sheet's 2026-07 spot price, not GIQ's $0.222 at its 2025 prices")
                .isEqualByComparingTo("0.614941247");
        assertThat(published.at().label().publishedCost().usdPerMillionOutput()).isEqualByComparingTo("0.222");
    }

    @Test
    void a_tighter_ntpot_target_never_gets_cheaper_across_a_published_knee() {
        // gpt-oss-20b on one H100: the published knee is at 67 ms; 66 ms is just below it on the same curve
        var at67 = gptOssAt(67.0);
        var at66 = gptOssAt(66.0);

        assertThat(at67.at().label().isPublished()).isTrue();
        assertThat(at66.at().label().isPublished()).isFalse();
        assertThat(at66.at().cost().usdPerMillionOutput())
                .isGreaterThan(at67.at().cost().usdPerMillionOutput());
        assertThat(at67.at().cost().usdPerMillionOutput()).isEqualByComparingTo("0.094535400");
        assertThat(at67.at().label().publishedCost().usdPerMillionOutput()).isEqualByComparingTo("0.035");
    }

    private Profile gptOssAt(double ntpotMs) {
        return service
                .fetch(ProfileQuery.builder()
                        .model("openai/gpt-oss-20b")
                        .modelServer("vllm")
                        .modelServerVersion(ProfileKey.UNSTATED_VERSION)
                        .targetNtpotMs(ntpotMs)
                        .build())
                .profiles()
                .stream()
                .filter(p -> p.key().machineType().equals("a3-highgpu-1g"))
                .findFirst()
                .orElseThrow();
    }

    /** cost_out x (input tok/s / R + output tok/s) is the machine's hourly price, the same for all its points. */
    private static int assertOneHourlyPrice(Curve curve, UseCase useCase, PricedPoint priced, double ratio) {
        if (!priced.hasCost()) {
            return 0;
        }
        var price = CATALOG.price(curve.key().machineType(), priced.cost().pricingModel());
        assertThat(priced.cost().price())
                .as("the sheet's price of " + curve.key())
                .isEqualTo(price.orElseThrow());
        assertThat(priced.cost().price().priceDate())
                .as("the newest sheet, where the machine type is on it")
                .isEqualTo(newestDate(curve.key().machineType(), priced.cost().pricingModel()));
        CurvePoint p = priced.point();
        double input = Double.isNaN(p.inputTokensPerSecond())
                ? p.outputTokensPerSecond() * useCase.averageInputTokens() / useCase.averageOutputTokens()
                : p.inputTokensPerSecond();
        double weighted = input / ratio + p.outputTokensPerSecond();
        double usdPerHour = priced.cost().usdPerMillionOutput().doubleValue() * weighted * 3600 / 1e6;
        // costs carry nine decimals: half a nano-dollar per million tokens, scaled to an hour
        double rounding = 0.5e-9 * weighted * 3600 / 1e6;
        assertThat(usdPerHour)
                .as(curve.key() + " at " + p.outputTokensPerSecond() + " tok/s, "
                        + priced.cost().pricingModel())
                .isCloseTo(price.get().usdPerHour().doubleValue(), within(rounding + 1e-12));
        assertThat(priced.cost().usdPerMillionInput().doubleValue())
                .isCloseTo(priced.cost().usdPerMillionOutput().doubleValue() / ratio, within(1e-9));
        return 1;
    }

    private static LocalDate newestDate(String machineType, PricingModel pricingModel) {
        return LISTED.stream()
                .filter(p -> p.machineType().equals(machineType) && p.pricingModel() == pricingModel)
                .filter(p -> p.region().equals("us-central1"))
                .map(p -> p.priceDate())
                .max(LocalDate::compareTo)
                .orElseGet(() ->
                        CATALOG.price(machineType, pricingModel).orElseThrow().priceDate());
    }

    private static final class ModeledCurves implements CurveCatalog {
        @Override
        public List<Curve> curves() {
            return CURVES;
        }

        @Override
        public List<Exclusion> exclusions() {
            return List.of();
        }
    }
}
