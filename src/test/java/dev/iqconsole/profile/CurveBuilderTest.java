package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.PublishedPoint;
import dev.iqconsole.catalog.TestCatalogs;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurveBuilderTest {

    private final Catalog catalog = TestCatalogs.repositoryData();
    private final CurveBuilder.Result result = CurveBuilder.build(catalog);

    private List<Curve> curvesOf(String model, String server, String version, String machine) {
        return result.curves().stream()
                .filter(c -> c.key().model().equals(model)
                        && c.key().modelServer().equals(server)
                        && java.util.Objects.equals(c.key().serverVersion(), version)
                        && c.key().machineType().equals(machine))
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
    void a_single_published_point_is_the_unchanged_knee_of_a_modeled_curve() {
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
                .allSatisfy(p -> assertThat(p.provenance()).isEqualTo(Provenance.MODELED));
        assertThat(curve.parameters()).containsKeys("N0_ms", "Xinf_tok_s", "gamma", "T0_ms");
    }

    @Test
    void a_published_point_without_a_server_version_is_labelled_unstated_next_to_the_latest_version_modeled_from_it() {
        assertThat(result.curves())
                .extracting(c -> c.key().serverVersion())
                .allSatisfy(v -> assertThat(v).isNotBlank());
        var onH100 = result.curves().stream()
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
        assertThat(latest.anchorRef()).isEqualTo("seed-1");
        assertThat(latest.source()).contains("(openai/gpt-oss-20b, vllm unstated, 1 x nvidia-h100-80gb;");
        assertThat(latest.inflection().provenance()).isEqualTo(Provenance.MODELED);
    }

    @Test
    void modeled_curves_rise_monotonically_to_their_knee_and_carry_their_parameters() {
        var modeled = result.curves().stream()
                .filter(c -> c.provenance() == Provenance.MODELED)
                .toList();
        assertThat(modeled).hasSizeGreaterThan(100);
        for (var curve : modeled) {
            assertThat(curve.anchorRef()).isNotBlank();
            assertThat(curve.parameters()).containsKeys("N0_ms", "Xinf_tok_s", "knee_tok_s");
            assertThat(curve.inflectionIndex()).isEqualTo(curve.points().size() - 1);
            for (int i = 1; i < curve.points().size(); i++) {
                assertThat(curve.points().get(i).outputTokensPerSecond())
                        .isGreaterThan(curve.points().get(i - 1).outputTokensPerSecond());
                assertThat(curve.points().get(i).ntpotMs())
                        .isGreaterThan(curve.points().get(i - 1).ntpotMs());
            }
        }
    }

    @Test
    void the_latest_vllm_on_the_anchor_hardware_keeps_the_anchor_knee() {
        var curve = curvesOf("google/gemma-2-27b-it", "vllm", "v0.12.0", "a3-highgpu-1g")
                .getFirst();
        assertThat(curve.anchorRef()).isEqualTo("nb-curve-a3-highgpu-1g-05");
        assertThat(curve.inflection().outputTokensPerSecond()).isEqualTo(2050.0);
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
                        && e.modelServer().equals("vllm")
                        && e.machineType().equals("g2-standard-96"))
                .singleElement()
                .extracting(Exclusion::reason)
                .isEqualTo("needs 624.9 GiB of weights; 8 x nvidia-l4 have 192 GB");
        assertThat(result.curves())
                .noneMatch(c -> c.key().model().equals("deepseek-ai/DeepSeek-R1")
                        && c.key().accelerator().equals("nvidia-l4"));
    }

    @Test
    void a_model_whose_weights_fit_but_leave_no_room_for_a_useful_batch_is_excluded() {
        // 27.6 GiB = 29.6 GB of weights in 32 GB, but only 90% of it is usable
        var model = catalog.model("Qwen/Qwen3-14B").orElseThrow();
        var v6e = catalog.accelerator("tpu-v6e-slice").orElseThrow();
        assertThat(HardwareFit.check(model, v6e, 1, new Workload("chatbot", 226, 195)))
                .contains("needs 27.6 GiB of weights plus 0.5 GiB of KV cache for 8 sequences of 421 tokens;"
                        + " 1 x tpu-v6e-slice has 32 GB, of which 90% is usable");
        assertThat(HardwareFit.check(model, v6e, 4, new Workload("chatbot", 226, 195)))
                .isEmpty();
        var l4 = catalog.accelerator("nvidia-l4").orElseThrow();
        assertThat(HardwareFit.check(
                        catalog.model("meta-llama/Llama-3.3-70B-Instruct").orElseThrow(),
                        l4,
                        1,
                        new Workload("chatbot", 226, 195)))
                .contains("needs 131.5 GiB of weights; 1 x nvidia-l4 has 24 GB");
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
}
