package dev.iqconsole;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.base.ui.EChart;
import dev.iqconsole.profile.FixtureBeans;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:starttest;DB_CLOSE_DELAY=-1")
// FixtureBeans until the real Catalog and CurveCatalog components are merged (then this import may go)
@Import(FixtureBeans.class)
class ApplicationStartTest {

    @LocalServerPort
    int port;

    @Test
    void the_console_answers_and_serves_echarts_as_a_static_resource() throws Exception {
        var http = HttpClient.newHttpClient();
        var about = http.send(get("/about"), HttpResponse.BodyHandlers.ofString());
        assertThat(about.statusCode()).isEqualTo(200);

        var echarts = http.send(get("/" + EChart.ECHARTS), HttpResponse.BodyHandlers.ofString());
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.body()).contains("echarts");

        var element = http.send(get("/frontend-static/echarts-view.js"), HttpResponse.BodyHandlers.ofString());
        assertThat(element.body()).contains("customElements.define('echarts-view'");
    }

    @Test
    void pages_are_gzipped_and_name_no_charts_library_unless_they_draw_a_chart() throws Exception {
        var about = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/about"))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(about.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var html = new GZIPInputStream(new ByteArrayInputStream(about.body()))) {
            assertThat(new String(html.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("<html")
                    .doesNotContain("echarts");
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build();
    }
}
