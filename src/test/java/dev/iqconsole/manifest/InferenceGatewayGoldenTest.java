package dev.iqconsole.manifest;

import static dev.iqconsole.manifest.Plans.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.catalog.ServingStacks;
import dev.iqconsole.catalog.TestCatalogs;
import dev.iqconsole.profile.LatencyTargets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The whole YAML of one llm-d plan, reviewed and compared exactly, next to the server kinds' golden files (see
 * {@link GoldenManifestTest}; regenerate with {@code -Dmanifest.updateGolden=true}, then review the diff). Where it
 * differs from what llm-d's own inference-scheduling guide deploys, and why: docs/decisions/0009-serving-stacks.md,
 * "The generated llm-d manifest next to llm-d's guide".
 */
class InferenceGatewayGoldenTest {

    private static final Path FILE = Path.of("src/test/resources/manifest/llm-d-vllm-gpu.yaml");
    /** The newest llm-d version, whose endpoint picker is llm-d Router's (llm-d 0.8 and later). */
    private static final Path ROUTER_FILE = Path.of("src/test/resources/manifest/llm-d-0.9-vllm-gpu.yaml");

    @Test
    void llm_d_on_gke_with_an_ntpot_target_matches_the_reviewed_golden_file() throws IOException {
        assertMatchesGolden("0.7.0", FILE);
    }

    @Test
    void llm_d_with_llm_d_routers_endpoint_picker_matches_its_reviewed_golden_file() throws IOException {
        assertMatchesGolden("0.9.0", ROUTER_FILE);
    }

    private static void assertMatchesGolden(String version, Path file) throws IOException {
        var stack = ServingStacks.load(Path.of("data"), TestCatalogs.repositoryData())
                .find("llm-d", version)
                .orElseThrow();
        // as GoldenManifestTest's vllm-gpu: GKE, a gated model from Hugging Face, an HPA for an NTPOT target
        // the profile meets; the generator at the golden files' date
        var plan =
                withAutoscaling(gemmaOnL4(), new LatencyTargets(50.0, null, null), Autoscaling.toMeetTarget(4, 23.7));

        String actual = new ManifestGenerator(Plans.CLOCK)
                        .generate(plan, new ServingStackPlan(stack, null))
                        .yaml(OutputMode.ALL)
                + "\n";

        if (Boolean.getBoolean("manifest.updateGolden")) {
            Files.writeString(file, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(file));
    }
}
