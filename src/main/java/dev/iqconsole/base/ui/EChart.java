package dev.iqconsole.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart. ECharts and our small custom element are static resources ({@code context://}), so no
 * Vaadin frontend bundle build is needed. Both are fetched only by a page that shows a chart: the element's script
 * when the first chart attaches, ECharts when the element connects. Their URLs carry a version ({@code v-c}), which
 * Vaadin's static file server answers with a one-year immutable cache lifetime. The element sets {@code
 * data-rendered} once it has drawn, draws the plot as SVG and the option's legend ({@link XyChart#LEGEND}) as HTML
 * above it.
 */
@Tag("echarts-view")
public class EChart extends Component implements HasSize {

    /**
     * Apache ECharts from org.mvnpm:echarts, served as a static resource (no npm bundle), relative to the app. The
     * "common" build (line, scatter, bar, pie; grid, legend, tooltip, mark lines and points, log axes) is all our
     * charts use, at 705 KB (233 KB gzipped, precompressed by the build) instead of the full build's 1.1 MB.
     */
    public static final String ECHARTS = "_static/echarts/6.0.0/dist/echarts.common.min.js";

    /** ECharts' URL as the element loads it: the version in the path is the content's version. */
    static final String ECHARTS_URL = ECHARTS + "?v-c=6.0.0";

    private static final String ELEMENT = "frontend-static/echarts-view.js";

    /** The element's script, versioned by a hash of its content (it changes with the console, not with a release). */
    static final String ELEMENT_URL = "context://" + ELEMENT + "?v-c=" + contentHash("META-INF/resources/" + ELEMENT);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public EChart() {
        setWidth("100%");
        setHeight("360px");
        getElement().setAttribute("data-echarts", ECHARTS_URL);
    }

    /**
     * The plot's height; the element's legend (HTML, as many lines as its entries need at the page's width) comes on
     * top, so a long legend never squeezes the plot or pages.
     */
    @Override
    public void setHeight(String height) {
        getElement().getStyle().set(PLOT_HEIGHT, height);
    }

    @Override
    public String getHeight() {
        return getElement().getStyle().get(PLOT_HEIGHT);
    }

    private static final String PLOT_HEIGHT = "--iqc-plot-height";

    /** Replaces the chart's option (an ECharts option object as nested maps and lists). */
    public void setOption(Map<String, ?> option) {
        getElement().setProperty("option", JSON.writeValueAsString(option));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // once per UI: Vaadin sends a dependency only to a browser page that has not loaded it yet
        attachEvent.getUI().getPage().addJavaScript(ELEMENT_URL);
    }

    private static String contentHash(String resource) {
        try (InputStream in = EChart.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            var crc = new CRC32();
            crc.update(in.readAllBytes());
            return HexFormat.of().toHexDigits((int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
