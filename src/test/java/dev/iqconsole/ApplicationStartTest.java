package dev.iqconsole;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.base.ui.EChart;
import dev.iqconsole.fixtures.ConsoleContext;
import dev.iqconsole.fixtures.ConsoleHttp;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConsoleContext
class ApplicationStartTest {

    @Autowired
    ConsoleHttp http;

    @Test
    void the_console_answers_and_serves_echarts_as_a_static_resource() throws Exception {
        var about = http.get("/about");
        assertThat(about.statusCode()).isEqualTo(200);

        var echarts = http.get("/" + EChart.ECHARTS);
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.body()).contains("echarts");

        var element = http.get("/frontend-static/echarts-view.js");
        assertThat(element.body()).contains("customElements.define('echarts-view'");
    }

    @Test
    void pages_are_gzipped_and_name_no_charts_library_unless_they_draw_a_chart() throws Exception {
        var about = http.send(
                http.request("/about").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(about.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var html = new GZIPInputStream(new ByteArrayInputStream(about.body()))) {
            assertThat(new String(html.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("<html")
                    .doesNotContain("echarts");
        }
    }
}
