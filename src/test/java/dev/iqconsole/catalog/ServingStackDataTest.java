package dev.iqconsole.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reviewed serving-stack and attention files load, agree with the architecture file, and refuse a typo. */
class ServingStackDataTest {

    private final CatalogFiles files = CatalogFiles.in(Path.of("data"));
    private final Catalog catalog = new CatalogService(files.load(), "us-central1", null);

    @Test
    void every_model_of_the_catalog_has_model_info_and_heads_times_head_size_is_the_attention_width() {
        var infos = new ModelInfos(files, catalog);

        assertThat(catalog.models())
                .allSatisfy(m -> assertThat(infos.of(m.id())).isPresent());
        var gemma = infos.of("google/gemma-2-27b-it").orElseThrow();
        assertThat(gemma.kvCacheBytesPerToken())
                .as("KV per token = 2 x layers x KV heads x head size x 2 B (bf16)")
                .isEqualTo(2L * gemma.hiddenLayers() * gemma.kvHeads() * gemma.headDim() * 2);
    }

    @Test
    void llm_d_versions_are_newest_first_and_route_to_vllm_on_gpus_and_tpus() {
        var stacks = new ServingStacks(
                ServingStacks.read(files.table("serving_stacks.csv", "name", "version", "model_servers"), catalog));

        assertThat(stacks.names()).containsExactly("llm-d");
        assertThat(stacks.versions("llm-d"))
                .extracting(ServingStack::version)
                .containsExactly("0.9.0", "0.8.0", "0.7.0", "0.3.0");
        assertThat(stacks.versions("llm-d"))
                .allSatisfy(s -> assertThat(s.inferencePoolApi()).isEqualTo("inference.networking.k8s.io/v1"))
                .allSatisfy(s ->
                        assertThat(s.supports("vllm", AcceleratorFamily.GPU)).isTrue())
                .allSatisfy(s ->
                        assertThat(s.supports("sglang", AcceleratorFamily.GPU)).isFalse());
        assertThat(stacks.find("llm-d", "0.7.0").orElseThrow().released()).isEqualTo(LocalDate.of(2026, 5, 12));
        // from 0.8 llm-d runs its own endpoint picker (llm-d Router), on the same Inference Extension CRDs
        assertThat(stacks.versions("llm-d"))
                .filteredOn(s -> s.eppConfig().llmdRouter())
                .extracting(ServingStack::version, ServingStack::gieVersion, ServingStack::eppImage)
                .containsExactly(
                        tuple("0.9.0", "v1.5.0", "ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.10.0"),
                        tuple("0.8.0", "v1.5.0", "ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0"));
    }

    @Test
    void a_head_size_that_disagrees_with_the_architecture_stops_the_load_naming_file_and_line(@TempDir Path dir)
            throws Exception {
        for (String name : CatalogFiles.FILES) {
            Files.copy(Path.of("data", name), dir.resolve(name));
        }
        Files.copy(Path.of("data", "model_architecture.csv"), dir.resolve("model_architecture.csv"));
        String attention = Files.readString(Path.of("data", "model_attention.csv"))
                .replace("google/gemma-2-27b-it,32,128", "google/gemma-2-27b-it,32,96");
        Files.writeString(dir.resolve("model_attention.csv"), attention);

        assertThatThrownBy(() -> new ModelInfos(CatalogFiles.in(dir), catalog))
                .hasMessageContaining("model_attention.csv")
                .hasMessageContaining("head_dim")
                .hasMessageContaining("attention_width 4096");
    }
}
