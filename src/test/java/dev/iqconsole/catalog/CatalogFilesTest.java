package dev.iqconsole.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheRealCatalog() throws IOException {
        for (var name : CatalogFiles.FILES) {
            Files.copy(Path.of("data", name), dir.resolve(name));
        }
    }

    @Test
    void the_reviewed_files_load_with_every_giq_model_and_point() {
        var data = CatalogFiles.in(dir).load();
        assertThat(data.models()).hasSize(22);
        assertThat(data.models()).extracting(Model::id).contains("google/gemma-2-27b-it", "Qwen/Qwen3-30B-A3B");
        assertThat(data.publishedPoints()).hasSize(38);
        assertThat(data.publishedPoints())
                .filteredOn(p -> p.provenance().equals("published-digitized"))
                .hasSize(32);
        assertThat(data.useCases()).extracting(UseCase::apiName).contains("chatbot");
    }

    @Test
    void a_row_with_a_missing_field_names_file_and_line() throws IOException {
        append("accelerators.csv", "nvidia-x,X,GPU,24,300\n");
        assertThatThrownBy(() -> CatalogFiles.in(dir).load())
                .isInstanceOf(CatalogFileException.class)
                .hasMessage("accelerators.csv line 11: has 5 fields, the header has 8");
    }

    @Test
    void a_value_that_is_not_a_number_names_file_line_and_field() throws IOException {
        append("accelerators.csv", "nvidia-x,X,GPU,lots,300,100,datasheet,2026-01-01\n");
        assertThatThrownBy(() -> CatalogFiles.in(dir).load())
                .hasMessage("accelerators.csv line 11, field 'hbm_gb': 'lots' is not a number");
    }

    @Test
    void an_unclosed_quote_is_malformed() throws IOException {
        append("model_servers.csv", "jetstream,\"JetStream,src\n");
        assertThatThrownBy(() -> CatalogFiles.in(dir).load())
                .hasMessage("model_servers.csv line 5: quoted field is not closed");
    }

    @Test
    void negative_numbers_are_rejected() throws IOException {
        append("accelerators.csv", "nvidia-x,X,GPU,24,-300,100,datasheet,2026-01-01\n");
        assertThatThrownBy(() -> CatalogFiles.in(dir).load())
                .hasMessage("accelerators.csv line 11, field 'hbm_bandwidth_gbs': '-300' must be a finite number >= 0");
    }

    @Test
    void duplicate_keys_name_both_lines() throws IOException {
        append("use_cases.csv", "chatbot,Chat again,1,1,false,somewhere\n");
        assertThatThrownBy(() -> CatalogFiles.in(dir).load())
                .hasMessage("use_cases.csv line 8, field 'api_name': duplicate key 'chatbot' (first on line 2)");
    }

    @Test
    void a_machine_type_of_an_unknown_accelerator_is_rejected() throws IOException {
        append("machine_types.csv", "x1-gpu-1g,nvidia-v100,1,,8,30,somewhere,2026-01-01\n");
        assertThatThrownBy(() -> CatalogFiles.in(dir).load())
                .hasMessage("machine_types.csv line 31, field 'accelerator': unknown accelerator 'nvidia-v100'");
    }

    @Test
    void a_price_of_an_unknown_machine_type_is_rejected() throws IOException {
        append("prices.csv", "n1-standard-8,spot,us-central1,2025-08-30,0.1,WHOLE_VM,somewhere\n");
        assertThatThrownBy(() -> CatalogFiles.in(dir).load())
                .hasMessage("prices.csv line 350, field 'machine_type': unknown machine type 'n1-standard-8'");
    }

    @Test
    void a_point_of_an_unknown_model_is_rejected() throws IOException {
        append(
                "benchmark_points.csv",
                "x,acme/none,vllm,,a3-highgpu-1g,nvidia-h100-80gb,1,chatbot,,1,,1,,,,,,published,false,s,2025-01-01,\n");
        assertThatThrownBy(() -> CatalogFiles.in(dir).load())
                .hasMessage("benchmark_points.csv line 40, field 'model': unknown model 'acme/none'");
    }

    @Test
    void an_unknown_pricing_model_lists_the_allowed_ones() throws IOException {
        append("prices.csv", "g2-standard-4,monthly,us-central1,2025-08-30,0.1,WHOLE_VM,somewhere\n");
        assertThatThrownBy(() -> CatalogFiles.in(dir).load())
                .hasMessage("prices.csv line 350, field 'pricing_model': 'monthly' is not one of spot, on-demand,"
                        + " 1-year-cud, 3-years-cud");
    }

    @Test
    void a_missing_file_is_named() throws IOException {
        Files.delete(dir.resolve("use_cases.csv"));
        assertThatThrownBy(() -> CatalogFiles.in(dir).load()).hasMessage("use_cases.csv: file is missing");
    }

    @Test
    void published_points_keep_the_csv_values_exactly() throws IOException {
        var text = Files.readString(dir.resolve("benchmark_points.csv"));
        var raw =
                CsvTable.parse("benchmark_points.csv", text, java.util.Set.of()).rows();
        var points = CatalogFiles.in(dir).load().publishedPoints();
        assertThat(points).hasSameSizeAs(raw);
        for (int i = 0; i < raw.size(); i++) {
            var row = raw.get(i);
            var point = points.get(i);
            assertThat(point.id()).isEqualTo(row.optional("id"));
            assertThat(point.outputTokensPerSecond())
                    .isEqualTo(Double.parseDouble(row.optional("output_tokens_per_second")));
            assertThat(point.ntpotMs()).isEqualTo(Double.parseDouble(row.optional("ntpot_ms")));
            assertThat(point.ttftMs())
                    .isEqualTo(row.optional("ttft_ms") == null ? null : Double.parseDouble(row.optional("ttft_ms")));
        }
    }

    @Test
    void versions_are_newest_first_by_number() {
        var data = CatalogFiles.in(dir).load();
        assertThat(data.serverVersions())
                .filteredOn(v -> v.serverId().equals("vllm") && v.family() == AcceleratorFamily.GPU)
                .extracting(ServerVersion::version)
                .containsExactly("v0.12.0", "v0.11.0", "v0.7.2");
    }

    private void append(String file, String line) throws IOException {
        Files.writeString(dir.resolve(file), line, java.nio.file.StandardOpenOption.APPEND);
    }
}
