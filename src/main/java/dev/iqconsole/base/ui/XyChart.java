package dev.iqconsole.base.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the ECharts option of an x-y chart (lines or scatter, linear or log axes) with an optional target line
 * and marked points, as plain maps that {@link EChart#setOption(Map)} sends to the browser.
 *
 * <p>Points that a chart cannot draw are dropped here rather than in the browser: non-finite values (JSON has no
 * NaN) and, on a log axis, values that are not positive.
 */
public final class XyChart {

    /** One data point. */
    public record Point(double x, double y) {}

    /** A point to highlight on a series, such as a curve's inflection or the chosen operating point. */
    public record Mark(Point at, String label) {}

    private final String xName;
    private final String yName;
    private boolean logX;
    private boolean logY;
    private final List<Map<String, Object>> series = new ArrayList<>();
    private final List<Map<String, Object>> targetLines = new ArrayList<>();

    private XyChart(String xName, String yName) {
        this.xName = xName;
        this.yName = yName;
    }

    public static XyChart of(String xAxisName, String yAxisName) {
        return new XyChart(xAxisName, yAxisName);
    }

    public XyChart logX() {
        logX = true;
        return this;
    }

    public XyChart logY() {
        logY = true;
        return this;
    }

    /** A series drawn as a line through its points (in the given order), each point shown as a symbol. */
    public XyChart line(String name, List<Point> points, List<Mark> marks) {
        return add("line", name, points, marks);
    }

    /** A series drawn as separate symbols. */
    public XyChart scatter(String name, List<Point> points, List<Mark> marks) {
        return add("scatter", name, points, marks);
    }

    /**
     * An uncertainty band: its lower and upper edges as thin dashed lines without symbols, both under one legend
     * entry (a filled area cannot be stacked on a log axis).
     */
    public XyChart band(String name, List<Point> lower, List<Point> upper) {
        for (var edge : List.of(lower, upper)) {
            var s = new LinkedHashMap<String, Object>();
            s.put("name", name);
            s.put("type", "line");
            s.put("showSymbol", false);
            s.put("silent", true);
            s.put("lineStyle", Map.of("type", "dashed", "width", 1, "opacity", 0.6));
            s.put(
                    "data",
                    edge.stream()
                            .filter(this::drawable)
                            .map(XyChart::coordinates)
                            .toList());
            series.add(s);
        }
        return this;
    }

    /** A dashed vertical line at {@code x}, e.g. a latency target on the x axis. */
    public XyChart targetX(double x, String label) {
        if (drawable(x, logX)) {
            targetLines.add(targetLine("xAxis", x, label));
        }
        return this;
    }

    /** A dashed horizontal line at {@code y}. */
    public XyChart targetY(double y, String label) {
        if (drawable(y, logY)) {
            targetLines.add(targetLine("yAxis", y, label));
        }
        return this;
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }

    /** The ECharts option. Target lines ride on the first series, as ECharts attaches mark lines to a series. */
    public Map<String, Object> option() {
        var option = new LinkedHashMap<String, Object>();
        option.put("animationDuration", 300);
        option.put("grid", Map.of("left", 72, "right", 32, "top", 56, "bottom", 56));
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("legend", Map.of("type", "scroll", "top", 8));
        option.put("xAxis", axis(xName, logX, 30));
        option.put("yAxis", axis(yName, logY, 52));
        var allSeries = new ArrayList<Map<String, Object>>();
        for (var s : series) {
            allSeries.add(new LinkedHashMap<>(s));
        }
        if (!allSeries.isEmpty() && !targetLines.isEmpty()) {
            allSeries
                    .getFirst()
                    .put(
                            "markLine",
                            Map.of(
                                    "silent", true,
                                    "symbol", List.of("none", "none"),
                                    "lineStyle", Map.of("type", "dashed", "color", "#d93025", "width", 1.5),
                                    "data", List.copyOf(targetLines)));
        }
        option.put("series", allSeries);
        return option;
    }

    /** Five significant digits: more than a chart can show, and modeled values lose their float noise. */
    private static List<Double> coordinates(Point p) {
        return List.of(significant(p.x()), significant(p.y()));
    }

    private static double significant(double value) {
        return new BigDecimal(value).round(new MathContext(5)).doubleValue();
    }

    private XyChart add(String type, String name, List<Point> points, List<Mark> marks) {
        var s = new LinkedHashMap<String, Object>();
        s.put("name", name);
        s.put("type", type);
        s.put("symbolSize", 7);
        s.put(
                "data",
                points.stream().filter(this::drawable).map(XyChart::coordinates).toList());
        var markData = marks.stream()
                .filter(m -> drawable(m.at()))
                .map(m -> Map.<String, Object>of(
                        "name", m.label(),
                        "coord", coordinates(m.at()),
                        "label", Map.of("formatter", m.label(), "position", "top", "fontSize", 11)))
                .toList();
        if (!markData.isEmpty()) {
            s.put(
                    "markPoint",
                    Map.of(
                            "symbol",
                            "circle",
                            "symbolSize",
                            14,
                            "itemStyle",
                            Map.of("borderColor", "#fff", "borderWidth", 2),
                            "data",
                            markData));
        }
        series.add(s);
        return this;
    }

    private static Map<String, Object> axis(String name, boolean log, int nameGap) {
        var axis = new LinkedHashMap<String, Object>();
        axis.put("type", log ? "log" : "value");
        axis.put("name", name);
        axis.put("nameLocation", "middle");
        axis.put("nameGap", nameGap);
        axis.put("scale", true);
        axis.put("splitLine", Map.of("lineStyle", Map.of("color", "#eceff1")));
        return axis;
    }

    private static Map<String, Object> targetLine(String axis, double value, String label) {
        return Map.of(axis, value, "label", Map.of("formatter", label, "position", "insideEndTop"));
    }

    private boolean drawable(Point p) {
        return drawable(p.x(), logX) && drawable(p.y(), logY);
    }

    private static boolean drawable(double v, boolean log) {
        return Double.isFinite(v) && (!log || v > 0);
    }
}
