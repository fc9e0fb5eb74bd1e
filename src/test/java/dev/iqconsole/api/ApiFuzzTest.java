package dev.iqconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.fixtures.ConsoleContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A bounded, seeded fuzz of every API endpoint: random JSON built from the fields the API reads (wrong types, huge and
 * odd numbers, long and unusual strings), broken JSON, random query strings, every method, odd content types and
 * paging. Every answer must be a 2xx or 4xx with Google's error body, with no internal names, and nothing may be
 * logged as an error.
 */
@ExtendWith(OutputCaptureExtension.class)
@ConsoleContext
class ApiFuzzTest {

    static final int REQUESTS = 6000;

    static final List<String> GETS = List.of(
            "/v1/models:fetch",
            "/v1/modelServers:fetch",
            "/v1/modelServerVersions:fetch",
            "/v1alpha1/models",
            "/v1alpha1/modelServers",
            "/v1alpha1/modelServers/vllm/versions",
            "/v1alpha1/modelsAndServers",
            "/v1alpha1/accelerators",
            "/v1alpha1/optimizedManifest");

    static final List<String> POSTS = List.of(
            "/v1/profiles:fetch", "/v1/benchmarkingData:fetch", "/v1/useCases:fetch", "/v1/optimizedManifest:generate");

    static final List<String> FIELDS = List.of(
            "model",
            "modelServer",
            "modelServerVersion",
            "modelName",
            "modelServerName",
            "acceleratorType",
            "instanceType",
            "kubernetesNamespace",
            "modelBucketUri",
            "xlaCacheBucketUri",
            "pricingModel",
            "useCase",
            "pageSize",
            "pageToken",
            "name",
            "targetNtpotMilliseconds",
            "targetTtftMilliseconds",
            "targetItlMilliseconds",
            "averageInputLength",
            "averageOutputLength",
            "outputInputCostRatio",
            "units",
            "nanos",
            "model_server",
            "page_size",
            "performanceRequirements.maxNtpotMilliseconds",
            "modelAndModelServerInfo.modelName",
            "modelAndModelServerInfo.modelServerName",
            "storageConfig.modelBucketUri",
            "performanceRequirements.cost.pricingModel");

    static final List<String> MESSAGES = List.of(
            "performanceRequirements",
            "targetCost",
            "workloadSpec",
            "modelServerInfo",
            "storageConfig",
            "servingStack",
            "costPerMillionOutputTokens",
            "costPerMillionInputTokens");

    static final List<String> INTERNALS = List.of(
            "Exception", "jackson", "Jackson", "java.", "org.springframework", "dev.iqconsole", "Constraints", "\tat ");

    @LocalServerPort
    int port;

    private final Random random = new Random(20261203);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void thousands_of_odd_requests_get_no_5xx_no_internal_names_and_log_no_error(CapturedOutput output)
            throws Exception {
        var failures = new ArrayList<String>();
        var sent = new HashSet<Case>();
        int clientErrors = 0;
        for (int i = 0; i < REQUESTS; i++) {
            var next = nextCase();
            // the API is read-only and answers a request the same way every time: a case drawn again (an empty
            // query, a bare method, one of the broken bodies) would only repeat an answer already checked
            if (!sent.add(next)) {
                continue;
            }
            HttpRequest request = next.request(port);
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = answer.body();
            if (answer.statusCode() >= 500
                    || INTERNALS.stream().anyMatch(body::contains)
                    || (answer.statusCode() >= 400 && body.length() > 8192)) {
                failures.add(answer.statusCode() + " " + request.method() + " " + request.uri() + " -> "
                        + body.substring(0, Math.min(300, body.length())));
            }
            if (answer.statusCode() >= 400) clientErrors++;
        }
        System.out.printf(
                "[fuzz] %d cases, %d distinct requests sent, %d answered 4xx, %d failures%n",
                REQUESTS, sent.size(), clientErrors, failures.size());
        assertThat(failures).isEmpty();
        assertThat(clientErrors)
                .as("the fuzz reaches the validation, not only the happy path")
                .isGreaterThan(1000);
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    private Case nextCase() {
        int kind = random.nextInt(10);
        if (kind < 4) {
            return post(pick(POSTS), randomJson(0), "application/json");
        }
        if (kind < 7) {
            return new Case("GET", pick(GETS) + "?" + randomQuery(), null, null);
        }
        if (kind == 7) {
            return post(
                    pick(POSTS), brokenJson(), pick(List.of("application/json", "application/json; charset=utf-8")));
        }
        if (kind == 8) {
            String type = pick(List.of(
                    "text/plain",
                    "*/*",
                    "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=b",
                    "application/json; charset=latin-9",
                    "application/xml",
                    "application/json;charset=\"UTF-8\""));
            return post(pick(POSTS), randomJson(0), type);
        }
        String path = random.nextBoolean() ? pick(GETS) : pick(POSTS);
        String method = pick(List.of("PUT", "DELETE", "PATCH", "OPTIONS", "POST", "GET"));
        return new Case(method, path, "application/json", method.equals("GET") ? "" : "{}");
    }

    private static Case post(String path, String body, String contentType) {
        return new Case("POST", path, contentType, body);
    }

    /** One request to send; a GET of {@code pathAndQuery} when it has no content type. */
    record Case(String method, String pathAndQuery, String contentType, String body) {

        HttpRequest request(int port) {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                    .timeout(Duration.ofSeconds(30));
            if (contentType == null) {
                return request.build();
            }
            return request.method(method, HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", contentType)
                    .build();
        }
    }

    private String randomQuery() {
        var query = new StringBuilder();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            if (i > 0) query.append('&');
            query.append(URLEncoder.encode(pick(FIELDS), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(scalarText(), StandardCharsets.UTF_8));
        }
        if (random.nextInt(10) == 0) query.append("&pageToken=%ED%A0%80");
        return query.toString();
    }

    private String randomJson(int depth) {
        var json = new StringBuilder("{");
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (i > 0) json.append(',');
            boolean message = depth < 3 && random.nextInt(3) == 0;
            json.append('"').append(message ? pick(MESSAGES) : pick(FIELDS)).append("\":");
            json.append(message ? randomJson(depth + 1) : jsonValue());
        }
        return json.append('}').toString();
    }

    private String jsonValue() {
        return switch (random.nextInt(8)) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> pick(List.of("0", "-1", "1e308", "-0", "3.5", "2147483648", "99999999999999999999999", "1e-400"));
            case 3 -> "[" + jsonValue() + "]";
            case 4 -> "{}";
            default -> quoted(scalarText());
        };
    }

    private String scalarText() {
        return switch (random.nextInt(9)) {
            case 0 -> "";
            case 1 -> "x".repeat(20_000);
            case 2 -> "é漢字🙂";
            case 3 -> pick(List.of("openai/gpt-oss-20b", "google/gemma-2-27b-it", "vllm", "sglang", "nvidia-l4"));
            case 4 -> pick(List.of("NaN", "Infinity", "-5", "1.5", "0x10", "1e9", "all", "ANY"));
            case 5 -> "gs://b/p,uid=0\nfile-mode=777";
            case 6 -> "\u0000\u0001\u202e";
            case 7 -> pick(List.of("spot", "on-demand", "chatbot", "bogus"));
            default -> Integer.toString(random.nextInt(100_000) - 50_000);
        };
    }

    private String brokenJson() {
        return pick(List.of(
                "{",
                "{\"model\":",
                "[]",
                "\"text\"",
                "{\"a\":1}}",
                "{\"model\":\"\\ud800\"}",
                "[".repeat(3000),
                "{\"pageSize\":" + "9".repeat(2000) + "}",
                "{'model':'x'}",
                "\u00ff\u00fe"));
    }

    private static String quoted(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
