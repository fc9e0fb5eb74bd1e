package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.catalog.Price;
import dev.iqconsole.catalog.PriceScope;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.catalog.UseCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfilesCsvTest {

    private static final UseCase CHATBOT =
            new UseCase("chatbot", "Chatbot (ShareGPT)", 226, 195, UseCase.Lengths.PUBLISHED, "test");
    private static final CurvePoint POINT = new CurvePoint(6.84, 1334.4, 1545, 6.6, 43.2, 6.4, Provenance.MODELED);

    @Test
    void the_header_is_gclouds_csvprofile_header() {
        // docs/reference/gke-inference-quickstart.md §3.5: --format=csvprofile prints with the benchmarks CSV printer
        // (§3.6)
        assertThat(BenchmarkCsv.profiles(List.of()))
                .isEqualTo("Instance Type,Accelerator Type,Model Name,Model Server Name,Model Server Version,"
                        + "Output Tokens/s,NTPOT (ms),TTFT (ms),ITL (ms),QPS,Cost/M Input Tokens,Cost/M Output Tokens,"
                        + "Use Case,Average Input Length,Average Output Length,Serving Stack,Serving Stack Version,"
                        + "Machine USD/Hour,Price Region,Price Date,Data,Data Basis\n");
    }

    @Test
    void one_row_per_profile_with_integers_three_decimal_costs_and_python_line_ends() {
        var price = new Price(
                "a3-highgpu-1g",
                PricingModel.SPOT,
                "us-central1",
                LocalDate.of(2026, 7, 30),
                new BigDecimal("5.8530"),
                PriceScope.ACCELERATOR_ONLY,
                "test");
        var cost = new TokenCost(new BigDecimal("0.00875"), new BigDecimal("0.035"), PricingModel.SPOT, 4, price);
        var profile = profile("v0.12.0", POINT, cost, CHATBOT);

        var lines = BenchmarkCsv.profiles(List.of(profile)).split("\n", -1);

        assertThat(lines).hasSize(3);
        assertThat(lines[1])
                .isEqualTo("a3-highgpu-1g,nvidia-h100-80gb,openai/gpt-oss-20b,vllm,v0.12.0,1334,7,43,6,6.84,"
                        + "0.009,0.035,Chatbot (ShareGPT),226,195,,,5.8530,us-central1,2026-07-30,modeled,"
                        + "modeled: test");
        assertThat(lines[2]).isEmpty();
    }

    @Test
    void unknown_values_and_missing_prices_are_empty_cells_and_commas_are_quoted() {
        var point = new CurvePoint(Double.NaN, 2050, Double.NaN, 67.1, Double.NaN, Double.NaN, Provenance.PUBLISHED);
        var profile = profile("v1,rc", point, null, null);

        assertThat(BenchmarkCsv.profiles(List.of(profile)).split("\n")[1])
                .isEqualTo("a3-highgpu-1g,nvidia-h100-80gb,openai/gpt-oss-20b,vllm,\"v1,rc\",2050,67,,,,,,chatbot,,,,"
                        + ",,,,published,\"published: source, with a comma\"");
    }

    private static Profile profile(String version, CurvePoint at, TokenCost cost, UseCase useCase) {
        var key = new ProfileKey(
                "openai/gpt-oss-20b", "vllm", version, "a3-highgpu-1g", "nvidia-h100-80gb", 1, null, "chatbot");
        var curve = new Curve(key, List.of(at), 0, at.provenance(), "test", Map.of(), "test");
        var label = at.provenance() == Provenance.MODELED
                ? DataLabel.modeled("test")
                : DataLabel.published("source, with a comma", null);
        return new Profile(curve, useCase, new PricedPoint(at, cost, label));
    }
}
