package dev.iqconsole.api;

import dev.iqconsole.Application;
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
 * {@code profiles:fetch} for one model of the bundled catalog over HTTP on loopback (goal p99 < 10 ms), in one run:
 * a catalog use case (curves built at start), asked lengths answered from the cache, and asked lengths never asked
 * before (every call builds the model's curves on demand: the cache holds 64 workloads, the calls cycle through
 * 1,000). Run by {@code bench/workloads.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class WorkloadFetchBenchmark {

    private static final String MODEL = "google/gemma-2-27b-it";

    private ConfigurableApplicationContext app;
    private HttpClient http;
    private String url;
    private int next;

    @Setup(Level.Trial)
    public void start() {
        app = new SpringApplicationBuilder(Application.class)
                .properties(
                        "server.port=0",
                        "spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1",
                        "logging.level.root=WARN",
                        "vaadin.productionMode=true")
                .run();
        url = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")
                + "/v1/profiles:fetch?$alt=json;enum-encoding%3Dint";
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
    }

    @Benchmark
    public String useCaseBuiltAtStart() throws Exception {
        return send("{\"useCase\":\"Code Completion\"}");
    }

    @Benchmark
    public String askedLengthsCached() throws Exception {
        return send("{\"averageInputLength\":1000,\"averageOutputLength\":500}");
    }

    @Benchmark
    public String askedLengthsBuiltOnDemand() throws Exception {
        int input = 1000 + (next++ % 1000);
        return send("{\"averageInputLength\":" + input + ",\"averageOutputLength\":500}");
    }

    private String send(String workloadSpec) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"model\":\"" + MODEL + "\",\"workloadSpec\":" + workloadSpec + "}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"profile\"")) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
