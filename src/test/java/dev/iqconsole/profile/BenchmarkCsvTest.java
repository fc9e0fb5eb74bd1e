package dev.iqconsole.profile;

import static dev.iqconsole.fixtures.FixtureCatalog.GPT_OSS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.fixtures.FixtureCatalog;
import dev.iqconsole.fixtures.FixtureCurves;
import org.junit.jupiter.api.Test;

class BenchmarkCsvTest {

    private final ProfileService service = new ProfileService(new FixtureCatalog(), new FixtureCurves());

    @Test
    void the_header_is_exactly_gclouds_and_each_curve_point_is_one_row() {
        String csv = service.benchmarksCsv(new BenchmarkQuery(GPT_OSS, "vllm", "v0.10.1", null, "spot", null, null));

        String[] lines = csv.split("\n", -1);
        assertThat(lines[0])
                .isEqualTo("Instance Type,Accelerator Type,Model Name,Model Server Name,Model Server Version,"
                        + "Output Tokens/s,NTPOT (ms),TTFT (ms),ITL (ms),QPS,Cost/M Input Tokens,Cost/M Output Tokens,"
                        + "Use Case,Average Input Length,Average Output Length,Serving Stack,Serving Stack Version,"
                        + "Machine USD/Hour,Price Region,Price Date,Data,Data Basis");
        assertThat(lines).hasSize(1 + 7 + 1);
        assertThat(lines[8]).isEmpty();
        assertThat(lines[1])
                .startsWith("a3-highgpu-1g,nvidia-h100-80gb,openai/gpt-oss-20b,vllm,v0.10.1,1334,7,43,6,6.84,0.084,"
                        + "0.336,Chatbot (ShareGPT),226,195,,,2.08,us-central1,2025-08-01,modeled,");
        assertThat(lines[7]).as("unknown ITL is an empty cell").contains(",217,15297,,75.22,");
    }
}
