package dev.iqconsole.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.manifest.ManifestGenerator;
import dev.iqconsole.manifest.ManifestYaml;
import dev.iqconsole.manifest.Plans;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlTest {

    @Test
    void the_preview_reads_like_kubectl_quoting_only_what_yaml_needs() {
        String yaml = DeployService.previewYaml(Fixtures.request("team-a", "gemma", Fixtures.TOKEN), objects("gemma"));

        assertThat(yaml)
                .contains("kind: Deployment\n")
                .contains("namespace: team-a\n")
                .contains("app.kubernetes.io/managed-by: inference-quickstart-console\n")
                .contains("hf_api_token: <redacted>")
                .doesNotContain(Fixtures.TOKEN)
                .doesNotContain("kind: \"");
        // a string that YAML would read as a number keeps its quotes, as kubectl writes it
        assertThat(yaml).containsPattern("nvidia.com/gpu: '\\d+'\n");
    }

    @Test
    void every_document_reads_back_as_the_object_that_is_sent() {
        DeployRequest request = Fixtures.request("team-a", "gemma", null);
        List<HasMetadata> sent = DeployObjects.prepare(request, objects("gemma"), true);

        List<HasMetadata> read = Arrays.stream(Yaml.of(sent).split("(?m)^---\n"))
                .map(ManifestYaml::parse)
                .toList();

        assertThat(read).hasSameSizeAs(sent);
        Deployment deployment = (Deployment)
                read.stream().filter(o -> o instanceof Deployment).findFirst().orElseThrow();
        assertThat(deployment)
                .isEqualTo(sent.stream()
                        .filter(o -> o instanceof Deployment)
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void a_namespace_the_console_would_create_is_marked_sent_only_if_missing() {
        String yaml = DeployService.previewYaml(Fixtures.request("team-a", "gemma", null), objects("gemma"));

        assertThat(yaml)
                .contains("# Sent only if namespace team-a does not exist yet.\napiVersion: v1\nkind: Namespace");
    }

    @Test
    void the_default_namespace_is_never_shown_as_created() {
        String yaml = DeployService.previewYaml(Fixtures.request("default", "gemma", null), objects("gemma"));

        assertThat(yaml).doesNotContain("kind: Namespace").contains("namespace: default");
    }

    /** The real generator's objects (vLLM serving gemma on one L4). */
    private static List<HasMetadata> objects(String name) {
        return new ManifestGenerator(Clock.systemUTC())
                .generate(Plans.gemmaOnL4())
                .objects();
    }
}
