package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.PublishedPoint;
import dev.iqconsole.catalog.TestCatalogs;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurveModelTest {

    private final Catalog catalog = TestCatalogs.repositoryData();

    private List<PublishedPoint> digitized(String machineType) {
        return catalog.publishedPoints().stream()
                .filter(p -> p.provenance().equals("published-digitized")
                        && p.machineType().equals(machineType))
                .sorted(Comparator.comparing(PublishedPoint::id))
                .toList();
    }

    /**
     * Mean absolute error over the points the model covers, from the lowest point to the knee (the two fitted
     * points included, as in benchmark-data.md §6.3's 4.1 / 4.3 / 2.8 %); each point in between stays within 12%.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a3-highgpu-1g", "a2-highgpu-2g", "g2-standard-48"})
    void the_model_fitted_on_the_lowest_point_and_the_knee_reproduces_the_giq_curve_within_5_percent(String machine) {
        var points = digitized(machine);
        var anchor = CurveBuilder.fitAnchorFor(
                points, catalog.accelerator(points.getFirst().accelerator()).orElseThrow());
        int knee = CurveBuilder.elbowIndex(
                points.stream().map(PublishedPoint::ntpotMs).toList());
        var belowTheKnee = points.subList(0, knee + 1);
        assertThat(belowTheKnee).hasSizeGreaterThanOrEqualTo(4);

        var errors = belowTheKnee.stream()
                .mapToDouble(
                        p -> Math.abs(anchor.curve().ntpotMs(p.outputTokensPerSecond()) - p.ntpotMs()) / p.ntpotMs())
                .toArray();

        assertThat(java.util.Arrays.stream(errors).average().orElseThrow()).isLessThan(0.05);
        assertThat(java.util.Arrays.stream(errors).max().orElseThrow()).isLessThan(0.12);
    }

    @Test
    void the_fit_matches_the_published_calibration() {
        // benchmark-data.md §6.3: H100 N0 = 32.7 ms, Xinf = 4002; L4 N0 = 95.6 ms, Xinf = 752
        var h100 = CurveBuilder.fitAnchorFor(
                digitized("a3-highgpu-1g"),
                catalog.accelerator("nvidia-h100-80gb").orElseThrow());
        assertThat(h100.curve().n0Ms()).isCloseTo(32.7, within(0.1));
        assertThat(h100.curve().xInf()).isCloseTo(4002, within(2.0));
        assertThat(h100.pointId()).isEqualTo("nb-curve-a3-highgpu-1g-05");
        var l4 = CurveBuilder.fitAnchorFor(
                digitized("g2-standard-48"), catalog.accelerator("nvidia-l4").orElseThrow());
        assertThat(l4.curve().n0Ms()).isCloseTo(95.6, within(0.2));
        assertThat(l4.curve().xInf()).isCloseTo(752, within(2.0));
        assertThat(l4.kneeX()).isEqualTo(388.0);
    }

    @Test
    void ntpot_grows_without_bound_towards_xinf() {
        var curve = new QueueCurve(30, 4000, 40, 0.83);
        assertThat(curve.ntpotMs(0)).isEqualTo(30.0);
        assertThat(curve.ntpotMs(2000)).isEqualTo(60.0);
        assertThat(curve.ntpotMs(3999)).isGreaterThan(100_000.0);
    }

    @Test
    void the_ttft_exponent_passes_through_the_published_knee_ttft() {
        // gpt-oss-20b on H100 (benchmark-data.md §6.7): N0 = 6 ms, knee 13335 tok/s at 67 ms and 297 ms TTFT
        double xInf = QueueCurve.xInfThroughKnee(6, 13335, 67);
        double gamma = QueueCurve.gammaThroughKnee(40, 297, 13335, xInf);
        assertThat(xInf).isCloseTo(14647, within(1.0));
        assertThat(gamma).isCloseTo(0.83, within(0.01));
        assertThat(new QueueCurve(6, xInf, 40, gamma).ttftMs(13335)).isCloseTo(297, within(1e-9));
    }

    @Test
    void a_modeled_point_derives_qps_input_rate_and_itl_from_the_use_case() {
        var chatbot = new Workload("chatbot", 226, 195);
        var point = chatbot.modeledPoint(new QueueCurve(30, 4000, 40, 0.83), 1950);
        assertThat(point.queriesPerSecond()).isCloseTo(10.0, within(1e-9));
        assertThat(point.inputTokensPerSecond()).isCloseTo(2260.0, within(1e-9));
        assertThat(point.itlMs()).isCloseTo((point.ntpotMs() * 195 - point.ttftMs()) / 194, within(1e-9));
        assertThat(point.provenance()).isEqualTo(Provenance.MODELED);
    }

    @Test
    void the_knee_follows_littles_law_with_the_kv_capacity_cap() {
        // gemma-2-27b on H100 with the fitted N0/Xinf: about 1827 tok/s (benchmark-data.md §6.4 back-test)
        var model = catalog.model("google/gemma-2-27b-it").orElseThrow();
        var h100 = catalog.accelerator("nvidia-h100-80gb").orElseThrow();
        double bMax = Roofline.maxBatch(model, h100, 1, new Workload("chatbot", 226, 195));
        assertThat(bMax).isCloseTo(110, within(6.0));
        assertThat(QueueCurve.kneeThroughput(32.7, 4002, bMax)).isCloseTo(1827, within(60.0));
    }
}
