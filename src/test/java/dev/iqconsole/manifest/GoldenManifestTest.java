package dev.iqconsole.manifest;

import static dev.iqconsole.manifest.Plans.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.profile.LatencyTargets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One reviewed YAML per server kind under {@code src/test/resources/manifest/}, compared exactly. After an intended
 * change, regenerate with {@code -Dmanifest.updateGolden=true}, then review the diff before committing.
 */
class GoldenManifestTest {

    private static final Path DIR = Path.of("src/test/resources/manifest");

    static DeploymentPlan planFor(String golden) {
        return switch (golden) {
            // GKE, Hugging Face (gated), an HPA for an NTPOT target the profile meets
            case "vllm-gpu" ->
                withAutoscaling(gemmaOnL4(), new LatencyTargets(50.0, null, null), Autoscaling.toMeetTarget(4, 23.7));
            // GKE TPU slice with the XLA cache
            case "vllm-tpu" -> plan(LLAMA_3_8B, VLLM_TPU, V6E, CT6E_4T);
            // GKE, Cloud Storage FUSE, own namespace
            case "sglang-gpu" ->
                withNamespace(
                        withBucket(plan(GEMMA_2_27B, SGLANG, H100, A3_HIGHGPU_1G), "gs://my-models/gemma-2-27b-it"),
                        "serving");
            // generic Kubernetes, HPA through prometheus-adapter
            case "tgi-gpu" ->
                onPlatform(
                        withAutoscaling(
                                plan(LLAMA_3_8B, TGI, L4, G2_STANDARD_8),
                                new LatencyTargets(null, 1000.0, null),
                                Autoscaling.toMeetTarget(3, 9.4)),
                        TargetPlatform.KUBERNETES);
            default -> throw new IllegalArgumentException(golden);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"vllm-gpu", "vllm-tpu", "sglang-gpu", "tgi-gpu"})
    void generated_yaml_matches_the_reviewed_golden_file(String golden) throws IOException {
        String actual = generate(planFor(golden)).yaml(OutputMode.ALL) + "\n";
        Path file = DIR.resolve(golden + ".yaml");
        if (Boolean.getBoolean("manifest.updateGolden")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(file));
    }
}
