package dev.iqconsole;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.base.ui.EChart;
import dev.iqconsole.profile.FixtureBeans;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build();
    }
}
