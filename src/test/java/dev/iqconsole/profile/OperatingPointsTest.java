package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.iqconsole.fixtures.FixtureCurves;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatingPointsTest {

    private static final double NAN = Double.NaN;
    private final Curve gptOss =
            FixtureCurves.gptOss("v0.10.1", "a3-highgpu-1g", "nvidia-h100-80gb", 1, null, "chatbot", 1.0);

    @Test
    void without_a_target_the_operating_point_is_the_inflection_point() {
        assertThat(OperatingPoints.of(gptOss, LatencyTargets.none())).contains(gptOss.inflection());
    }

    @Test
    void with_an_ntpot_target_the_metrics_are_interpolated_where_the_curve_crosses_it() {
        var point =
                OperatingPoints.of(gptOss, new LatencyTargets(50.0, null, null)).orElseThrow();

        double t = (50 - 33.2) / (67.0 - 33.2);
        assertThat(point.ntpotMs()).isCloseTo(50, within(1e-9));
        assertThat(point.outputTokensPerSecond()).isCloseTo(12002 + (13335 - 12002) * t, within(1e-6));
        assertThat(point.ttftMs()).isCloseTo(166 + (297 - 166) * t, within(1e-6));
        assertThat(point.provenance()).isEqualTo(Provenance.MODELED);
    }

    @Test
    void the_tightest_of_several_targets_decides_the_operating_point() {
        var point = OperatingPoints.of(gptOss, new LatencyTargets(50.0, 100.0, null))
                .orElseThrow();

        assertThat(point.ttftMs()).isCloseTo(100, within(1e-9));
        assertThat(point.ntpotMs()).isLessThan(50);
        assertThat(point.outputTokensPerSecond()).isCloseTo(6668 + 3333 * (34.0 / 38.0), within(1e-6));
    }

    @Test
    void a_target_met_by_a_measured_point_exactly_keeps_that_point_and_its_provenance() {
        var point =
                OperatingPoints.of(gptOss, new LatencyTargets(null, null, 32.5)).orElseThrow();

        assertThat(point).isEqualTo(gptOss.points().get(4));
    }

    @Test
    void a_curve_that_never_meets_the_target_has_no_operating_point() {
        assertThat(OperatingPoints.of(gptOss, new LatencyTargets(5.0, null, null)))
                .isEmpty();
    }

    @Test
    void an_unknown_latency_cannot_meet_a_target_on_that_metric() {
        var noTtft = curve(List.of(point(100, 30, NAN), point(200, 40, NAN)));

        assertThat(OperatingPoints.of(noTtft, new LatencyTargets(null, 1000.0, null)))
                .isEmpty();
        assertThat(OperatingPoints.of(noTtft, new LatencyTargets(35.0, null, null)))
                .hasValueSatisfying(p -> assertThat(p.outputTokensPerSecond()).isCloseTo(150, within(1e-9)));
    }

    @Test
    void past_the_knee_the_highest_throughput_meeting_the_target_wins_even_if_latency_is_not_monotonic() {
        var bumpy = curve(List.of(point(100, 30, NAN), point(300, 60, NAN), point(250, 45, NAN), point(310, 200, NAN)));

        var point =
                OperatingPoints.of(bumpy, new LatencyTargets(60.0, null, null)).orElseThrow();

        assertThat(point.outputTokensPerSecond()).isEqualTo(300);
    }

    @Test
    void a_single_point_curve_meets_a_target_only_at_that_point() {
        var single = curve(List.of(point(100, 30, NAN)));

        assertThat(OperatingPoints.of(single, new LatencyTargets(30.0, null, null)))
                .isPresent();
        assertThat(OperatingPoints.of(single, new LatencyTargets(29.0, null, null)))
                .isEmpty();
    }

    private static CurvePoint point(double tps, double ntpot, double ttft) {
        return new CurvePoint(NAN, tps, NAN, ntpot, ttft, NAN, Provenance.PUBLISHED);
    }

    private static Curve curve(List<CurvePoint> points) {
        var key = new ProfileKey("m", "vllm", "v1", "a3-highgpu-1g", "nvidia-h100-80gb", 1, null, "chatbot");
        return new Curve(key, points, 0, Provenance.PUBLISHED, "x", Map.of(), "test");
    }
}
