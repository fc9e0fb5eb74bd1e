package dev.iqconsole.api;

import dev.iqconsole.Application;
import dev.iqconsole.fixtures.FixtureBeans;
import dev.iqconsole.fixtures.FixtureCatalog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * HTTP round trip through the API on loopback (goal p99 < 10 ms): the whole console runs (Tomcat, Spring MVC,
 * Vaadin servlet alongside) over the fixture catalog, and a JDK HttpClient calls it. Run by
 * {@code bench/profiles.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ApiRoundTripBenchmark {

    private ConfigurableApplicationContext app;
    private HttpClient http;
    private HttpRequest profilesFetch;
    private HttpRequest modelsFetch;

    @Setup(Level.Trial)
    public void start() {
        app = new SpringApplicationBuilder(Application.class, FixtureBeans.class)
                .properties(
                        "server.port=0",
                        "spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1",
                        "logging.level.root=WARN",
                        // as the packaged jar runs; outside Maven's test run nothing else tells Vaadin
                        "vaadin.productionMode=true")
                .run();
        String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        profilesFetch = HttpRequest.newBuilder(URI.create(base + "/v1/profiles:fetch?$alt=json;enum-encoding%3Dint"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"" + FixtureCatalog.GEMMA
                        + "\",\"performanceRequirements\":{\"targetNtpotMilliseconds\":100}}"))
                .build();
        modelsFetch = HttpRequest.newBuilder(URI.create(base + "/v1/models:fetch?$alt=json;enum-encoding%3Dint"))
                .build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
    }

    @Benchmark
    public String profilesFetch_gemmaAtNtpotTarget() throws Exception {
        return send(profilesFetch);
    }

    @Benchmark
    public String modelsFetch() throws Exception {
        return send(modelsFetch);
    }

    private String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
