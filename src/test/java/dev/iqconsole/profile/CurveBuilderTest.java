package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.PublishedPoint;
import dev.iqconsole.catalog.TestCatalogs;
import dev.iqconsole.profile.calibration.RequestShape;
import dev.iqconsole.profile.calibration.Server;
import dev.iqconsole.profile.calibration.ServingFacts;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CurveBuilderTest {

    private final Catalog catalog = TestCatalogs.repositoryData();
    private final CurveBuilder.Result result = CurveBuilder.build(catalog);

    private List<Curve> curvesOf(String model, String server, String version, String machine) {
        return result.curves().stream()
                .filter(c -> c.key().model().equals(model)
                        && c.key().modelServer().equals(server)
                        && java.util.Objects.equals(c.key().serverVersion(), version)
                        && c.key().machineType().equals(machine)
                        && "chatbot".equals(c.key().useCase()))
                .toList();
    }

    @Test
    void the_three_giq_gemma_curves_are_returned_verbatim_with_giqs_profile_point_as_inflection() {
        for (var machine : List.of("a3-highgpu-1g", "a2-highgpu-2g", "g2-standard-48")) {
            var curve =
                    curvesOf("google/gemma-2-27b-it", "vllm", "v0.7.2", machine).getFirst();
            var published = catalog.publishedPoints().stream()
                    .filter(p -> p.provenance().equals("published-digitized")
                            && p.machineType().equals(machine))
                    .sorted(Comparator.comparing(PublishedPoint::id))
                    .toList();
            assertThat(curve.provenance()).isEqualTo(Provenance.PUBLISHED_DIGITIZED);
            assertThat(curve.points()).hasSameSizeAs(published);
            for (int i = 0; i < published.size(); i++) {
                assertThat(curve.points().get(i).outputTokensPerSecond())
                        .isEqualTo(published.get(i).outputTokensPerSecond());
                assertThat(curve.points().get(i).ntpotMs())
                        .isEqualTo(published.get(i).ntpotMs());
            }
            assertThat(published.get(curve.inflectionIndex()).profilePoint()).isTrue();
        }
        var h100 = curvesOf("google/gemma-2-27b-it", "vllm", "v0.7.2", "a3-highgpu-1g")
                .getFirst();
        assertThat(h100.inflection().outputTokensPerSecond()).isEqualTo(2050.0);
        assertThat(h100.inflection().ntpotMs()).isEqualTo(67.1);
    }

    @Test
    void a_single_published_point_is_the_unchanged_knee_of_a_curve_the_calibrated_model_predicts_below_it() {
        var curve = curvesOf("openai/gpt-oss-20b", "vllm", ProfileKey.UNSTATED_VERSION, "a3-highgpu-1g")
                .getFirst();
        assertThat(curve.provenance()).isEqualTo(Provenance.MODELED);
        assertThat(curve.anchorRef()).isEqualTo("seed-1");
        var knee = curve.inflection();
        assertThat(knee.provenance()).isEqualTo(Provenance.PUBLISHED);
        assertThat(knee.outputTokensPerSecond()).isEqualTo(13335.0);
        assertThat(knee.ntpotMs()).isEqualTo(67.0);
        assertThat(knee.ttftMs()).isEqualTo(297.0);
        assertThat(curve.points().subList(0, curve.inflectionIndex()))
                .isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.provenance()).isEqualTo(Provenance.MODELED);
                    assertThat(p.outputTokensPerSecond()).isLessThan(13335.0);
                    assertThat(p.ntpotMs()).isLessThan(67.0);
                });
        assertThat(curve.source())
                .contains(String.format(
                        Locale.ROOT,
                        "calibrated serving model (held-out error ±%.0f%%",
                        ServingFacts.HELD_OUT_ERROR * 100));
    }

    @Test
    void a_published_point_without_a_server_version_is_labelled_unstated_next_to_the_modeled_latest_version() {
        assertThat(result.curves())
                .extracting(c -> c.key().serverVersion())
                .allSatisfy(v -> assertThat(v).isNotBlank());
        var onH100 = result.curves().stream()
                .filter(c -> c.key().useCase().equals("chatbot"))
                .filter(c -> c.key().model().equals("openai/gpt-oss-20b")
                        && c.key().modelServer().equals("vllm")
                        && c.key().machineType().equals("a3-highgpu-1g"))
                .toList();

        assertThat(onH100)
                .extracting(c -> c.key().serverVersion())
                .containsExactlyInAnyOrder(ProfileKey.UNSTATED_VERSION, "v0.12.0");
        var published = curvesOf("openai/gpt-oss-20b", "vllm", ProfileKey.UNSTATED_VERSION, "a3-highgpu-1g")
                .getFirst();
        var latest = curvesOf("openai/gpt-oss-20b", "vllm", "v0.12.0", "a3-highgpu-1g")
                .getFirst();
        assertThat(published.source()).endsWith("; the source does not state the vllm version");
        assertThat(latest.anchorRef()).isEqualTo(CurveBuilder.MODELED_REF);
        assertThat(latest.inflection().provenance()).isEqualTo(Provenance.MODELED);
    }

    @Test
    void modeled_curves_rise_monotonically_to_their_knee_and_carry_their_parameters() {
        var modeled = result.curves().stream()
                .filter(c -> c.anchorRef().equals(CurveBuilder.MODELED_REF))
                .toList();
        assertThat(modeled).hasSizeGreaterThan(100);
        for (var curve : modeled) {
            assertThat(curve.provenance()).isEqualTo(Provenance.MODELED);
            assertThat(curve.parameters()).containsKeys("capacity_tok_s", "max_batch", "knee_tok_s", "error_factor");
            assertThat(curve.points()).hasSizeBetween(2, LoadSweep.RATE_SHARES.length);
            assertThat(curve.inflectionIndex()).isEqualTo(curve.points().size() - 1);
            for (int i = 1; i < curve.points().size(); i++) {
                var before = curve.points().get(i - 1);
                var point = curve.points().get(i);
                assertThat(point.outputTokensPerSecond()).isGreaterThan(before.outputTokensPerSecond());
                assertThat(point.ntpotMs()).isGreaterThan(before.ntpotMs());
                if (i > 1) { // the lightest load of a mixture of experts reads only a few experts
                    assertThat(point.ntpotMs()).isLessThan(2 * before.ntpotMs());
                }
            }
            assertThat(curve.inflection().outputTokensPerSecond())
                    .isLessThan(curve.parameters().get("capacity_tok_s"));
        }
    }

    @Test
    void servers_without_a_measurement_of_their_own_share_the_modeled_curve_and_say_so() {
        var curves = result.curves().stream()
                .filter(c -> c.key().model().equals("google/gemma-2-27b-it")
                        && c.key().machineType().equals("a3-highgpu-1g")
                        && c.key().useCase().equals("chatbot")
                        && c.anchorRef().equals(CurveBuilder.MODELED_REF))
                .toList();
        assertThat(curves).extracting(c -> c.key().modelServer()).containsExactlyInAnyOrder("vllm", "sglang", "tgi");
        assertThat(curves)
                .extracting(Curve::points)
                .containsOnly(curves.getFirst().points());
        assertThat(curves)
                .allSatisfy(c -> assertThat(c.source())
                        .contains("no server-specific measurement: vLLM, SGLang and TGI share this modeled curve"));
    }

    @Test
    void models_go_on_the_smallest_machine_type_that_fits() {
        // GIQ's own choices for gemma-2-27b: 1 x H100, 2 x A100 40GB, 4 x L4
        assertThat(curvesOf("google/gemma-2-27b-it", "vllm", "v0.12.0", "a3-highgpu-1g"))
                .hasSize(1);
        assertThat(curvesOf("google/gemma-2-27b-it", "vllm", "v0.12.0", "a2-highgpu-2g"))
                .hasSize(1);
        assertThat(curvesOf("google/gemma-2-27b-it", "vllm", "v0.12.0", "g2-standard-48"))
                .hasSize(1);
        assertThat(curvesOf("google/gemma-2-27b-it", "vllm", "v0.12.0", "a2-highgpu-1g"))
                .isEmpty();
        // a small model takes one L4 on the smallest g2
        assertThat(curvesOf("meta-llama/Llama-3.2-1B-Instruct", "sglang", "v0.5.5", "g2-standard-4"))
                .hasSize(1);
    }

    @Test
    void models_that_do_not_fit_get_an_exclusion_with_a_plain_reason() {
        assertThat(result.exclusions())
                .filteredOn(e -> e.model().equals("deepseek-ai/DeepSeek-R1")
                        && e.useCase().equals("chatbot")
                        && e.modelServer().equals("vllm")
                        && e.machineType().equals("g2-standard-96"))
                .singleElement()
                .extracting(Exclusion::reason)
                .isEqualTo("needs 624.9 GiB of weights; 8 x nvidia-l4 have 178.8 GiB");

        assertThat(result.curves())
                .noneMatch(c -> c.key().model().equals("deepseek-ai/DeepSeek-R1")
                        && c.key().accelerator().equals("nvidia-l4"));
    }

    @Test
    void a_model_whose_weights_fit_but_leave_no_room_for_a_useful_batch_goes_on_more_chips() {
        var facts = ServingFacts.packaged(catalog.models(), catalog.accelerators());
        var chatbot = new RequestShape(226, 195);
        var oneChip = facts.deployment("Qwen/Qwen3-14B", "tpu-v6e-slice", 1, Server.VLLM, "v0.12.0")
                .orElseThrow();
        assertThat(facts.fitProblem(oneChip, chatbot))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith("needs 27.6 GiB of weights plus the KV cache of 8 sequences of 226+195 tokens;"
                                + " 1 x tpu-v6e-slice has 29.8 GiB, of which 90% is usable"));
        var fourChips = facts.deployment("Qwen/Qwen3-14B", "tpu-v6e-slice", 4, Server.VLLM, "v0.12.0")
                .orElseThrow();
        assertThat(facts.fitProblem(fourChips, chatbot)).isEmpty();
        assertThat(result.curves())
                .filteredOn(c -> c.key().model().equals("Qwen/Qwen3-14B")
                        && c.key().accelerator().equals("tpu-v6e-slice"))
                .extracting(c -> c.key().machineType())
                .containsOnly("ct6e-standard-4t");
    }

    @Test
    void tpus_are_served_by_the_vllm_tpu_image_only() {
        assertThat(result.curves())
                .filteredOn(c -> c.key().accelerator().startsWith("tpu-"))
                .isNotEmpty()
                .allSatisfy(c -> {
                    assertThat(c.key().modelServer()).isEqualTo("vllm");
                    assertThat(c.key().tpuTopology()).isNotNull();
                });
    }

    @Test
    void every_use_case_of_the_catalog_gets_modeled_curves_at_its_own_lengths() {
        for (var useCase : catalog.useCases()) {
            var modeled = result.curves().stream()
                    .filter(c -> c.anchorRef().equals(CurveBuilder.MODELED_REF))
                    .filter(c -> useCase.apiName().equals(c.key().useCase()))
                    .toList();
            assertThat(modeled).as(useCase.apiName()).hasSizeGreaterThan(100);
            assertThat(modeled)
                    .allSatisfy(c -> assertThat(c.parameters())
                            .containsEntry(LoadSweep.INPUT_TOKENS, (double) useCase.averageInputTokens())
                            .containsEntry(LoadSweep.OUTPUT_TOKENS, (double) useCase.averageOutputTokens()));
            assertThat(modeled)
                    .allSatisfy(c -> assertThat(c.source())
                            .contains(
                                    useCase.lengths() == dev.iqconsole.catalog.UseCase.Lengths.PUBLISHED
                                            ? "(published)"
                                            : "(assumed: GIQ does not publish this use case's lengths)"));
        }
        // longer requests hold more KV cache per sequence: the same replica serves fewer tokens/s
        var chatbot = curve("google/gemma-2-27b-it", "a3-highgpu-1g", "chatbot");
        var research = curve("google/gemma-2-27b-it", "a3-highgpu-1g", "deep research");
        assertThat(research.parameters().get("capacity_tok_s"))
                .isLessThan(chatbot.parameters().get("capacity_tok_s"));
    }

    @Test
    void published_points_stay_with_the_chatbot_use_case() {
        assertThat(result.curves())
                .filteredOn(DataLabels::hasPublishedPoints)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.key().useCase()).isEqualTo("chatbot"));
    }

    @Test
    void asked_lengths_are_modeled_on_demand_and_models_whose_context_is_too_short_are_excluded() {
        var asked = dev.iqconsole.catalog.UseCase.asked(null, 1000, 500);
        var facts = ServingFacts.packaged(catalog.models(), catalog.accelerators());
        var one = CurveBuilder.modeled(catalog, facts, asked, "google/gemma-2-27b-it");
        assertThat(one.curves()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.key().model()).isEqualTo("google/gemma-2-27b-it");
            assertThat(c.key().useCase()).isNull();
            assertThat(c.parameters()).containsEntry(LoadSweep.INPUT_TOKENS, 1000.0);
            assertThat(c.source()).contains("1,000 input / 500 output tokens (asked for)");
        });

        var tooLong = dev.iqconsole.catalog.UseCase.asked(null, 8000, 1000); // gemma-2 reads 8,192 tokens
        var none = CurveBuilder.modeled(catalog, facts, tooLong, "google/gemma-2-27b-it");
        assertThat(none.curves()).isEmpty();
        assertThat(none.exclusions())
                .singleElement()
                .extracting(Exclusion::reason)
                .isEqualTo("Custom lengths needs 8,000 + 1,000 tokens of context; google/gemma-2-27b-it reads at most"
                        + " 8,192");
    }

    private Curve curve(String model, String machine, String useCase) {
        return result.curves().stream()
                .filter(c -> c.key().model().equals(model)
                        && c.key().modelServer().equals("vllm")
                        && c.key().machineType().equals(machine)
                        && c.anchorRef().equals(CurveBuilder.MODELED_REF)
                        && useCase.equals(c.key().useCase()))
                .findFirst()
                .orElseThrow();
    }
}
