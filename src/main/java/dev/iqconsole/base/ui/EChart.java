package dev.iqconsole.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart. ECharts and our small custom element are static resources ({@code context://}),
 * so no Vaadin frontend bundle build is needed. The element sets {@code data-rendered} once it has drawn.
 */
@Tag("echarts-view")
@JavaScript("context://" + EChart.ECHARTS)
@JavaScript("context://frontend-static/echarts-view.js")
public class EChart extends Component implements HasSize {

    /**
     * Apache ECharts from org.mvnpm:echarts, served as a static resource (no npm bundle), relative to the app. The
     * "common" build (line, scatter, bar, pie; grid, legend, tooltip, mark lines and points, log axes) is all our
     * charts use, at 705 KB instead of the full build's 1.1 MB that the browser parses on every first load.
     */
    public static final String ECHARTS = "_static/echarts/6.0.0/dist/echarts.common.min.js";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public EChart() {
        setWidth("100%");
        setHeight("360px");
    }

    /** Replaces the chart's option (an ECharts option object as nested maps and lists). */
    public void setOption(Map<String, ?> option) {
        getElement().setProperty("option", JSON.writeValueAsString(option));
    }
}
