package dev.iqconsole.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.iqconsole.fixtures.ConsoleContext;
import dev.iqconsole.profile.LatencyTargets;
import dev.iqconsole.profile.ProfileQueryException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConsoleContext
class PlanResolverTest {

    @Autowired
    PlanResolver resolver;

    @Test
    void gpt_oss_20b_on_h100_resolves_to_the_latest_vllm_at_its_modeled_knee_and_a_real_image() {
        var resolved = resolver.resolve(request("nvidia-h100-80gb", LatencyTargets.none(), true));

        assertThat(resolved.plan().machineType().name()).isEqualTo("a3-highgpu-1g");
        assertThat(resolved.plan().server().image()).startsWith("vllm/vllm-openai:");
        // the calibrated model's knee on one H100 (GIQ published 13,335 at 67 ms; GPUStack's 7,817 is a 1000-prompt
        // burst)
        assertThat(resolved.profile().at().point().outputTokensPerSecond()).isCloseTo(11396, within(1.0));
        assertThat(resolved.plan().autoscaling().enabled()).isFalse();
    }

    @Test
    void the_notes_name_the_use_case_as_the_pages_do() {
        var resolved = resolver.resolve(request("nvidia-h100-80gb", LatencyTargets.none(), false));

        assertThat(resolved.plan().useCase()).isEqualTo("Chatbot (ShareGPT)");
        assertThat(new ManifestService().generate(resolved.plan()).notes())
                .anySatisfy(line -> assertThat(line).endsWith(", use case Chatbot (ShareGPT)."))
                .noneSatisfy(line -> assertThat(line).contains("use case chatbot"));
    }

    @Test
    void a_met_target_sizes_the_autoscaler_from_the_operating_point_by_littles_law() {
        var resolved = resolver.resolve(request("nvidia-h100-80gb", new LatencyTargets(30.0, null, null), true));

        assertThat(resolved.targetsMet()).isTrue();
        var point = resolved.profile().at().point();
        assertThat(point.ntpotMs()).isLessThanOrEqualTo(30.0);
        assertThat(resolved.plan().autoscaling().targetMet()).isTrue();
        assertThat(resolved.plan().autoscaling().concurrencyAtTarget())
                .isEqualTo(point.outputTokensPerSecond() * point.ntpotMs() / 1000.0);
    }

    @Test
    void an_unreachable_target_gives_no_autoscaler_but_still_a_plan() {
        var resolved = resolver.resolve(request("nvidia-h100-80gb", new LatencyTargets(0.5, null, null), true));

        assertThat(resolved.targetsMet()).isFalse();
        assertThat(resolved.plan().autoscaling().enabled()).isTrue();
        assertThat(resolved.plan().autoscaling().targetMet()).isFalse();
    }

    @Test
    void an_unknown_accelerator_is_named_with_the_known_ones() {
        assertThatThrownBy(() -> resolver.resolve(request("nvidia-k80", LatencyTargets.none(), false)))
                .isInstanceOf(ProfileQueryException.class)
                .hasMessageStartingWith("acceleratorType: 'nvidia-k80' is not known. Known values: ")
                .hasMessageContaining("nvidia-h100-80gb");
    }

    private static PlanRequest request(String accelerator, LatencyTargets targets, boolean autoscaling) {
        return PlanRequest.builder("openai/gpt-oss-20b", "vllm", accelerator)
                .namespace("models")
                .targets(targets)
                .autoscaling(autoscaling, 3)
                .platform(TargetPlatform.GKE)
                .build();
    }
}
