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
    void a_band_is_two_dashed_edges_in_its_curves_colour_under_one_legend_entry_for_every_curve() {
        var option = XyChart.of("NTPOT", "tok/s")
                .logX()
                .logY()
                .line("a3", List.of(new XyChart.Point(10, 100)), List.of())
                .band(
                        "model error ±56%",
                        "a3", List.of(new XyChart.Point(10, 100 / 1.558)), List.of(new XyChart.Point(10, 155.8)))
                .line("g2", List.of(new XyChart.Point(20, 50)), List.of())
                .band("model error ±56%", "g2", List.of(new XyChart.Point(20, 40)), List.of(new XyChart.Point(20, 60)))
                .option();

        var band = series(option).subList(1, 3);
        assertThat(band).extracting(s -> s.get("name")).containsOnly("model error ±56%");
        assertThat(band).extracting(s -> s.get("showSymbol")).containsOnly(false);
        assertThat(band)
                .extracting(s -> s.get("color"))
                .containsOnly(series(option).getFirst().get("color"));
        assertThat(band.get(1).get("data")).isEqualTo(List.of(List.of(10.0, 155.8)));
        assertThat(legend(option)).extracting(e -> e.get("name")).containsExactly("a3", "g2", "model error ±56%");
    }

    @Test
    void marks_are_one_symbol_series_per_kind_named_in_the_legend_with_no_text_in_the_plot() {
        var option = XyChart.of("x", "y")
                .line("a3", List.of(new XyChart.Point(67, 13335)), List.of(mark(67, 13335)))
                .line("g2", List.of(new XyChart.Point(90, 1000)), List.of(mark(90, 1000)))
                .option();

        assertThat(series(option)).allSatisfy(s -> assertThat(s).doesNotContainKeys("markPoint", "label"));
        var inflections = series(option).getLast();
        assertThat(inflections.get("name")).isEqualTo("inflection point");
        assertThat(inflections.get("data"))
                .isEqualTo(List.of(
                        Map.of("name", "a3", "value", List.of(67.0, 13335.0)),
                        Map.of("name", "g2", "value", List.of(90.0, 1000.0))));
        assertThat(legend(option))
                .extracting(e -> e.get("name"), e -> e.get("swatch"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a3", "line"),
                        org.assertj.core.groups.Tuple.tuple("g2", "line"),
                        org.assertj.core.groups.Tuple.tuple("inflection point", "symbol"));
    }

    @Test
    void echarts_own_legend_is_never_drawn_so_it_cannot_page_and_axis_labels_hide_when_they_overlap() {
        var option = XyChart.of("x", "y")
                .line("a3", List.of(new XyChart.Point(1, 1)), List.of())
                .option();

        assertThat(option.get("legend")).isEqualTo(Map.of("show", false));
        // the labels' margins are ChartLayoutTest's to check, in a browser
        assertThat(((Map<?, ?>) option.get("xAxis")).get("axisLabel"))
                .extracting("hideOverlap")
                .isEqualTo(true);
        assertThat(((Map<?, ?>) option.get("yAxis")).get("axisLabel"))
                .extracting("hideOverlap")
                .isEqualTo(true);
    }

    @Test
    void a_target_line_is_a_series_of_its_own_without_a_label_named_in_the_legend() {
        var option = XyChart.of("x", "y")
                .line("first", List.of(new XyChart.Point(1, 1)), List.of())
                .line("second", List.of(new XyChart.Point(2, 2)), List.of())
                .targetX(50, "NTPOT target 50 ms")
                .option();

        var target = series(option).getLast();
        assertThat(target.get("name")).isEqualTo("NTPOT target 50 ms");
        assertThat(target.get("data")).isEqualTo(List.of());
        var markLine = (Map<?, ?>) target.get("markLine");
        assertThat(markLine.get("label")).isEqualTo(Map.of("show", false));
        assertThat((List<?>) markLine.get("data"))
                .singleElement()
                .satisfies(d -> assertThat(((Map<?, ?>) d).get("xAxis")).isEqualTo(50.0));
        assertThat(series(option).subList(0, 2)).allSatisfy(s -> assertThat(s).doesNotContainKey("markLine"));
        assertThat(legend(option)).extracting(e -> e.get("name")).endsWith("NTPOT target 50 ms");
    }

    @Test
    void named_points_carry_labels_that_hide_where_they_would_overlap() {
        var option = XyChart.of("x", "y")
                .labelledScatter(
                        "Models",
                        List.of(
                                new XyChart.Named(new XyChart.Point(1, 2), "gemma"),
                                new XyChart.Named(new XyChart.Point(1, Double.NaN), "nothing")))
                .option();

        var models = series(option).getFirst();
        assertThat(models.get("data")).isEqualTo(List.of(Map.of("name", "gemma", "value", List.of(1.0, 2.0))));
        assertThat(models.get("labelLayout")).isEqualTo(Map.of("hideOverlap", true));
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
    void a_target_a_log_axis_cannot_show_is_left_out() {
        var option = XyChart.of("x", "y")
                .logX()
                .line("first", List.of(new XyChart.Point(1, 1)), List.of())
                .targetX(0, "zero")
                .option();

        assertThat(series(option)).singleElement().satisfies(s -> assertThat(s).doesNotContainKey("markLine"));
    }

    @Test
    void a_chart_without_series_is_empty() {
        assertThat(XyChart.of("x", "y").isEmpty()).isTrue();
        assertThat(XyChart.of("x", "y").option().get("series")).isEqualTo(List.of());
    }

    private static XyChart.Mark mark(double x, double y) {
        return new XyChart.Mark(new XyChart.Point(x, y), "inflection point");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> legend(Map<String, Object> option) {
        return (List<Map<String, Object>>) option.get(XyChart.LEGEND);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> series(Map<String, Object> option) {
        return (List<Map<String, Object>>) option.get("series");
    }
}
