package dev.iqconsole.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.profile.Curve;
import dev.iqconsole.profile.CurvePoint;
import dev.iqconsole.profile.ProfileKey;
import dev.iqconsole.profile.Provenance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PointsCsvTest {

    private static final ProfileKey KEY =
            new ProfileKey("openai/gpt-oss-20b", "vllm", null, "a3-highgpu-1g", "nvidia-h100-80gb", 1, null, "chatbot");

    @Test
    void one_line_per_point_with_the_inflection_flagged_and_unknowns_empty() {
        var curve = new Curve(
                KEY,
                List.of(
                        new CurvePoint(6.84, 1334, 1545, 6.6, 43, Double.NaN, Provenance.MODELED),
                        new CurvePoint(68.38, 13335, 15455, 67.0, 297, Double.NaN, Provenance.MODELED)),
                1,
                Provenance.MODELED,
                "seed-1",
                Map.of(),
                "test");

        var lines = PointsCsv.of(PointRow.of(List.of(curve))).split("\r\n");

        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(PointsCsv.HEADER);
        assertThat(lines[1])
                .isEqualTo("openai/gpt-oss-20b,vllm,,a3-highgpu-1g,nvidia-h100-80gb,1,chatbot,1,false,"
                        + "6.84,1334,1545,6.6,43,,modeled");
        assertThat(lines[2]).startsWith("openai/gpt-oss-20b,vllm,,a3-highgpu-1g,nvidia-h100-80gb,1,chatbot,2,true,");
    }

    @Test
    void text_with_commas_or_quotes_is_quoted() {
        var key = new ProfileKey("a,b", "say \"hi\"", "v1", "m", "acc", 2, "2x2", "chatbot");
        var curve = new Curve(
                key,
                List.of(new CurvePoint(1, 2, 3, 4, 5, 6, Provenance.PUBLISHED)),
                0,
                Provenance.PUBLISHED,
                "src",
                Map.of(),
                "src");

        var line = PointsCsv.of(PointRow.of(List.of(curve))).split("\r\n")[1];

        assertThat(line).startsWith("\"a,b\",\"say \"\"hi\"\"\",v1,m,acc,2,chatbot,1,true,1,2,3,4,5,6,published");
    }
}
