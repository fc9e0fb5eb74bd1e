package dev.iqconsole.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XyChartTest {

    private static final XyChart.Point ORIGIN = new XyChart.Point(0, 0);

    @Test
    void log_axes_drop_points_they_cannot_draw() {
        var option = XyChart.of("NTPOT", "tok/s")
                .logX()
                .logY()
                .line(
                        "a3",
                        List.of(
                                new XyChart.Point(10, 100),
                                ORIGIN,
                                new XyChart.Point(Double.NaN, 5),
                                new XyChart.Point(20, 300)),
                        List.of())
                .option();

        assertThat(series(option).getFirst().get("data"))
                .isEqualTo(List.of(List.of(10.0, 100.0), List.of(20.0, 300.0)));
        assertThat(((Map<?, ?>) option.get("xAxis")).get("type")).isEqualTo("log");
        assertThat(((Map<?, ?>) option.get("yAxis")).get("type")).isEqualTo("log");
    }

    @Test
    void a_band_is_two_dashed_edges_under_one_legend_name_without_symbols() {
        var option = XyChart.of("NTPOT", "tok/s")
                .logX()
                .logY()
                .line("a3", List.of(new XyChart.Point(10, 100)), List.of())
                .band(
                        "a3 ±56% (model error)",
                        List.of(new XyChart.Point(10, 100 / 1.558)), List.of(new XyChart.Point(10, 155.8)))
                .option();

        var band = series(option).subList(1, 3);
        assertThat(band).extracting(s -> s.get("name")).containsOnly("a3 ±56% (model error)");
        assertThat(band).extracting(s -> s.get("showSymbol")).containsOnly(false);
        assertThat(band.get(1).get("data")).isEqualTo(List.of(List.of(10.0, 155.8)));
    }

    @Test
    void linear_axes_keep_zero_but_never_nan() {
        var option = XyChart.of("x", "y")
                .scatter("s", List.of(ORIGIN, new XyChart.Point(1, Double.POSITIVE_INFINITY)), List.of())
                .option();

        assertThat(series(option).getFirst().get("data")).isEqualTo(List.of(List.of(0.0, 0.0)));
        assertThat(series(option).getFirst().get("type")).isEqualTo("scatter");
        assertThat(((Map<?, ?>) option.get("xAxis")).get("type")).isEqualTo("value");
    }

    @Test
    void marks_become_mark_points_at_their_coordinates() {
        var knee = new XyChart.Mark(new XyChart.Point(67, 13335), "inflection");
        var option = XyChart.of("x", "y")
                .line("a3", List.of(new XyChart.Point(67, 13335)), List.of(knee))
                .option();

        var markPoint = (Map<?, ?>) series(option).getFirst().get("markPoint");
        var data = (List<?>) markPoint.get("data");
        assertThat(data).singleElement().satisfies(d -> {
            assertThat(((Map<?, ?>) d).get("coord")).isEqualTo(List.of(67.0, 13335.0));
            assertThat(((Map<?, ?>) d).get("name")).isEqualTo("inflection");
        });
    }

    @Test
    void a_target_line_rides_on_the_first_series_only() {
        var option = XyChart.of("x", "y")
                .line("first", List.of(new XyChart.Point(1, 1)), List.of())
                .line("second", List.of(new XyChart.Point(2, 2)), List.of())
                .targetX(50, "max NTPOT 50 ms")
                .option();

        var markLine = (Map<?, ?>) series(option).getFirst().get("markLine");
        assertThat((List<?>) markLine.get("data"))
                .singleElement()
                .satisfies(d -> assertThat(((Map<?, ?>) d).get("xAxis")).isEqualTo(50.0));
        assertThat(series(option).get(1)).doesNotContainKey("markLine");
    }

    @Test
    void a_target_a_log_axis_cannot_show_is_left_out() {
        var option = XyChart.of("x", "y")
                .logX()
                .line("first", List.of(new XyChart.Point(1, 1)), List.of())
                .targetX(0, "zero")
                .option();

        assertThat(series(option).getFirst()).doesNotContainKey("markLine");
    }

    @Test
    void a_chart_without_series_is_empty() {
        assertThat(XyChart.of("x", "y").isEmpty()).isTrue();
        assertThat(XyChart.of("x", "y").option().get("series")).isEqualTo(List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> series(Map<String, Object> option) {
        return (List<Map<String, Object>>) option.get("series");
    }
}
