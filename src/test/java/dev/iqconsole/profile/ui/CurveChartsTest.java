package dev.iqconsole.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.base.ui.XyChart;
import dev.iqconsole.profile.Curve;
import dev.iqconsole.profile.CurvePoint;
import dev.iqconsole.profile.ProfileKey;
import dev.iqconsole.profile.Provenance;
import dev.iqconsole.profile.calibration.ServingFacts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The model page's chart: servers that share one modeled curve are one line (gpt-oss-20b's eleven machine types with
 * three servers each made 24 lines and a legend that paged 1/16), one legend entry per error band and one for the
 * inflection points, which carry no text in the plot.
 */
class CurveChartsTest {

    @Test
    void servers_sharing_a_curve_are_one_line_and_the_legend_has_one_entry_per_kind() {
        var shared = points(1.0);
        var curves = List.of(
                curve("vllm", "v0.12.0", "a2-highgpu-1g", shared),
                curve("sglang", "v0.5.5", "a2-highgpu-1g", shared),
                curve("tgi", "3.3.5", "a2-highgpu-1g", shared),
                curve("vllm", "v0.12.0", "a3-highgpu-1g", points(2.0)));

        var option = CurveCharts.throughputVsNtpot(curves, CurveCharts::machineAndServer)
                .option();

        @SuppressWarnings("unchecked")
        var legend = ((List<Map<String, Object>>) option.get(XyChart.LEGEND))
                .stream().map(e -> e.get("name")).toList();
        assertThat(legend)
                .containsExactly(
                        "a2-highgpu-1g · vllm, sglang, tgi",
                        "a3-highgpu-1g · vllm v0.12.0",
                        "model error ±34%",
                        CurveCharts.INFLECTION);
        assertThat(option.toString()).doesNotContain("markPoint", "formatter");
    }

    @Test
    void the_legend_states_the_band_as_the_figures_text_does() {
        // the held-out error sits on a rounding boundary (23.5%): the legend and the text must round it alike
        assertThat(CurveCharts.bandName(1 + ServingFacts.HELD_OUT_ERROR))
                .isEqualTo(String.format(Locale.ROOT, "model error ±%.0f%%", ServingFacts.HELD_OUT_ERROR * 100));
        assertThat(CurveCharts.bandName(1.235)).isEqualTo("model error ±24%");
        assertThat(CurveCharts.bandName(2.7)).isEqualTo("model error ×/÷ 2.7 (not calibrated)");
    }

    private static List<CurvePoint> points(double scale) {
        return List.of(
                new CurvePoint(1, 1000 * scale, 1100 * scale, 10, 50, 9, Provenance.MODELED),
                new CurvePoint(2, 2000 * scale, 2200 * scale, 20, 80, 19, Provenance.MODELED));
    }

    private static Curve curve(String server, String version, String machine, List<CurvePoint> points) {
        var key =
                new ProfileKey("openai/gpt-oss-20b", server, version, machine, "nvidia-h100-80gb", 1, null, "chatbot");
        // "error_factor" is Curve.ERROR_FACTOR: the held-out error the band shows
        return new Curve(key, points, 1, Provenance.MODELED, "model", Map.of("error_factor", 1.34), "modeled");
    }
}
