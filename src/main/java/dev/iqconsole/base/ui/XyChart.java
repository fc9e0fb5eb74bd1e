package dev.iqconsole.base.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the ECharts option of an x-y chart (lines or scatter, linear or log axes) with optional target lines and
 * marked points, as plain maps that {@link EChart#setOption(Map)} sends to the browser.
 *
 * <p>No text is drawn inside the plot where it could collide: marked points (a curve's inflection, the operating
 * point) are a symbol series of their own and target lines carry no label; the legend names both. The legend is
 * drawn by the page ({@link #LEGEND}, wrapped in HTML under the element's control), because ECharts' own legend
 * either pages ("1/6") or, when it wraps, runs into the plot. Point labels that a chart does want (model names) are
 * hidden where they would overlap ({@link #labelledScatter}).
 *
 * <p>Points that a chart cannot draw are dropped here rather than in the browser: non-finite values (JSON has no
 * NaN) and, on a log axis, values that are not positive.
 */
public final class XyChart {

    /** The option's key for the legend entries the element draws as HTML; ECharts never sees it. */
    public static final String LEGEND = "iqcLegend";

    /**
     * Series colours by legend entry, distinct from the target red and the mark black: twelve, enough for every
     * machine type of a model.
     */
    static final List<String> PALETTE = List.of(
            "#1a73e8", "#e8710a", "#188038", "#d01884", "#9334e6", "#12b5cb", "#f9ab00", "#795548", "#3949ab",
            "#7cb342", "#00796b", "#f06292");

    static final String TARGET_COLOR = "#d93025";
    static final String MARK_COLOR = "#202124";
    static final String BAND_COLOR = "#80868b";

    /** One data point. */
    public record Point(double x, double y) {}

    /** A point to highlight, such as a curve's inflection or the chosen operating point; the label names its kind. */
    public record Mark(Point at, String label) {}

    /** A point with its own name, drawn as a label beside it where it does not overlap another. */
    public record Named(Point at, String name) {}

    /** One legend entry: how the element draws its swatch ({@code line}, {@code dashed} or {@code symbol}). */
    record LegendEntry(String name, String color, String swatch, String symbol) {

        Map<String, Object> json() {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("name", name);
            entry.put("color", color);
            entry.put("swatch", swatch);
            if (symbol != null) {
                entry.put("symbol", symbol);
            }
            return entry;
        }
    }

    private final String xName;
    private final String yName;
    private boolean logX;
    private boolean logY;
    private final List<Map<String, Object>> series = new ArrayList<>();
    private final Map<String, LegendEntry> legend = new LinkedHashMap<>();
    /** Bands after the series in the legend: the curves are what a reader looks for first. */
    private final Map<String, LegendEntry> bandLegend = new LinkedHashMap<>();

    private final Map<String, String> colorOf = new LinkedHashMap<>();
    /** Marked points by their label, each label one symbol series. */
    private final Map<String, List<Map<String, Object>>> marks = new LinkedHashMap<>();

    private final List<Map<String, Object>> targets = new ArrayList<>();

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
     * Named points as one symbol series, each with its name as a label above it. A label that would overlap another
     * label, or leave the plot, is hidden (the point's tooltip still names it): the page never shows text on text.
     */
    public XyChart labelledScatter(String name, List<Named> points) {
        var s = series("scatter", name, colorFor(name));
        s.put("symbolSize", 9);
        s.put(
                "data",
                points.stream()
                        .filter(p -> drawable(p.at()))
                        .map(p -> Map.<String, Object>of("name", p.name(), "value", coordinates(p.at())))
                        .toList());
        s.put("label", Map.of("show", true, "formatter", "{b}", "position", "top", "fontSize", 11, "color", "#3c4043"));
        s.put("labelLayout", Map.of("hideOverlap", true));
        series.add(s);
        legend.putIfAbsent(name, new LegendEntry(name, colorFor(name), "symbol", "circle"));
        return this;
    }

    /**
     * An uncertainty band around the curve {@code of}: its lower and upper edges as thin dashed lines in that curve's
     * colour, without symbols. Bands of the same {@code name} (one error, several curves) share one legend entry.
     */
    public XyChart band(String name, String of, List<Point> lower, List<Point> upper) {
        String color = colorOf.getOrDefault(of, BAND_COLOR);
        for (var edge : List.of(lower, upper)) {
            var s = series("line", name, color);
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
        bandLegend.putIfAbsent(name, new LegendEntry(name, BAND_COLOR, "dashed", null));
        return this;
    }

    /** A dashed vertical line at {@code x}, e.g. a latency target on the x axis, named in the legend. */
    public XyChart targetX(double x, String label) {
        if (drawable(x, logX)) {
            targets.add(target(label, Map.of("xAxis", significant(x))));
        }
        return this;
    }

    /** A dashed horizontal line at {@code y}, named in the legend. */
    public XyChart targetY(double y, String label) {
        if (drawable(y, logY)) {
            targets.add(target(label, Map.of("yAxis", significant(y))));
        }
        return this;
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }

    /** The ECharts option, with the legend entries under {@link #LEGEND}. */
    public Map<String, Object> option() {
        var option = new LinkedHashMap<String, Object>();
        option.put("animationDuration", 300);
        option.put("grid", Map.of("left", 64, "right", 24, "top", 16, "bottom", 48));
        option.put("tooltip", Map.of("trigger", "item"));
        // kept for selecting series from the page's legend; never drawn (it would page or overlap the plot)
        option.put("legend", Map.of("show", false));
        // the x labels sit 12 px below the axis instead of ECharts' 8: at the corner, the y axis's lowest label is
        // centred on the x axis, and in a fresh machine's Chromium 156 its text box reached the lowest x label's
        option.put("xAxis", axis(xName, logX, 30, 12));
        option.put("yAxis", axis(yName, logY, 48, 8));
        var allSeries = new ArrayList<Map<String, Object>>();
        for (var s : series) {
            allSeries.add(new LinkedHashMap<>(s));
        }
        var entries = new ArrayList<LegendEntry>(legend.values());
        entries.addAll(bandLegend.values());
        if (!series.isEmpty()) {
            marks.forEach((label, data) -> {
                var s = series("scatter", label, MARK_COLOR);
                s.put("symbol", "diamond");
                s.put("symbolSize", 13);
                s.put("z", 5);
                s.put("itemStyle", Map.of("borderColor", "#fff", "borderWidth", 1.5));
                s.put("data", data);
                allSeries.add(s);
                entries.add(new LegendEntry(label, MARK_COLOR, "symbol", "diamond"));
            });
            for (var target : targets) {
                allSeries.add(target);
                entries.add(new LegendEntry((String) target.get("name"), TARGET_COLOR, "dashed", null));
            }
        }
        option.put("series", allSeries);
        option.put(LEGEND, entries.stream().map(LegendEntry::json).toList());
        return option;
    }

    /** Five significant digits: more than a chart can show, and modeled values lose their float noise. */
    private static List<Double> coordinates(Point p) {
        return List.of(significant(p.x()), significant(p.y()));
    }

    private static double significant(double value) {
        return new BigDecimal(value).round(new MathContext(5)).doubleValue();
    }

    private XyChart add(String type, String name, List<Point> points, List<Mark> pointMarks) {
        String color = colorFor(name);
        var s = series(type, name, color);
        s.put("symbolSize", 7);
        s.put(
                "data",
                points.stream().filter(this::drawable).map(XyChart::coordinates).toList());
        series.add(s);
        legend.putIfAbsent(
                name,
                type.equals("line")
                        ? new LegendEntry(name, color, "line", "emptyCircle")
                        : new LegendEntry(name, color, "symbol", "circle"));
        for (Mark mark : pointMarks) {
            if (drawable(mark.at())) {
                marks.computeIfAbsent(mark.label(), l -> new ArrayList<>())
                        .add(Map.of("name", name, "value", coordinates(mark.at())));
            }
        }
        return this;
    }

    /** The colour of a legend entry: the same for every series of one name, the next of the palette for a new one. */
    private String colorFor(String name) {
        return colorOf.computeIfAbsent(name, n -> PALETTE.get(colorOf.size() % PALETTE.size()));
    }

    private static Map<String, Object> series(String type, String name, String color) {
        var s = new LinkedHashMap<String, Object>();
        s.put("name", name);
        s.put("type", type);
        s.put("color", color);
        return s;
    }

    /** A series without points that only carries the dashed line: the legend names it and can hide it. */
    private static Map<String, Object> target(String label, Map<String, Object> at) {
        var s = series("line", label, TARGET_COLOR);
        s.put("data", List.of());
        s.put(
                "markLine",
                Map.of(
                        "silent", true,
                        "symbol", List.of("none", "none"),
                        "label", Map.of("show", false),
                        "lineStyle", Map.of("type", "dashed", "color", TARGET_COLOR, "width", 1.5),
                        "data", List.of(at)));
        return s;
    }

    private static Map<String, Object> axis(String name, boolean log, int nameGap, int labelMargin) {
        var axis = new LinkedHashMap<String, Object>();
        axis.put("type", log ? "log" : "value");
        axis.put("name", name);
        axis.put("nameLocation", "middle");
        axis.put("nameGap", nameGap);
        axis.put("scale", true);
        axis.put("axisLabel", Map.of("hideOverlap", true, "margin", labelMargin));
        axis.put("splitLine", Map.of("lineStyle", Map.of("color", "#eceff1")));
        return axis;
    }

    private boolean drawable(Point p) {
        return drawable(p.x(), logX) && drawable(p.y(), logY);
    }

    private static boolean drawable(double v, boolean log) {
        return Double.isFinite(v) && (!log || v > 0);
    }
}
