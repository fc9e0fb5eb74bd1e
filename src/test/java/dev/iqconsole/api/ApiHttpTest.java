package dev.iqconsole.api;

import static dev.iqconsole.fixtures.FixtureCatalog.GEMMA;
import static dev.iqconsole.fixtures.FixtureCatalog.GPT_OSS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.fixtures.ConsoleHttp;
import dev.iqconsole.fixtures.FixtureCatalogContext;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API over plain HTTP: the JSON shapes of docs/reference/gke-inference-quickstart.md §4, the clients' quirks, and errors for bad input. */
@FixtureCatalogContext
class ApiHttpTest {

    @Autowired
    JsonMapper mapper;

    @Autowired
    ConsoleHttp http;

    @Test
    void paths_with_a_colon_reach_the_api_not_vaadin_and_answer_json_whatever_the_accept_header() throws Exception {
        var response = http.get("/v1/models:fetch?$alt=json;enum-encoding%3Dint");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(http.json(response).get("models").valueStream().map(JsonNode::asString))
                .containsExactly(GEMMA, GPT_OSS);
    }

    @Test
    void a_query_key_without_a_value_counts_as_absent() throws Exception {
        var response = http.get("/v1/modelServers:fetch?$alt=json;enum-encoding%3Dint&model");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(http.json(response).at("/error/message").asString()).isEqualTo("model: is required");
    }

    @Test
    void profiles_fetch_answers_in_gkerecommender_v1_json() throws Exception {
        var response = http.post("/v1/profiles:fetch?$alt=json;enum-encoding%3Dint", "{\"model\":\"" + GEMMA + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = http.json(response);
        JsonNode first = body.get("profile").get(0);
        assertThat(first.at("/modelServerInfo/model").asString()).isEqualTo(GEMMA);
        assertThat(first.at("/modelServerInfo/modelServerVersion").asString()).isEqualTo("v0.7.2");
        assertThat(first.get("instanceType").asString()).isEqualTo("a3-highgpu-1g");
        assertThat(first.get("acceleratorType").asString()).isEqualTo("nvidia-h100-80gb");
        assertThat(first.at("/resourcesUsed/acceleratorCount").asInt()).isEqualTo(1);
        JsonNode stats = first.get("performanceStats").get(0);
        assertThat(stats.get("outputTokensPerSecond").asInt()).isEqualTo(2050);
        assertThat(stats.get("ntpotMilliseconds").asInt()).isEqualTo(67);
        assertThat(stats.has("ttftMilliseconds"))
                .as("unknown metrics are left out")
                .isFalse();
        JsonNode cost = stats.get("cost").get(0);
        assertThat(cost.at("/costPerMillionOutputTokens/units").isString()).isTrue();
        assertThat(cost.at("/costPerMillionOutputTokens/units").asString()).isEqualTo("0");
        // GIQ's published $0.222 was computed at its own prices: the API prices the point at the catalog's
        double usdPerMillionOutput = 2.08 / 3600 * 1e6 / (2050.0 * 226 / 195 / 4 + 2050);
        assertThat(cost.at("/costPerMillionOutputTokens/nanos").asInt())
                .isEqualTo((int) Math.round(usdPerMillionOutput * 1e9));
        assertThat(cost.get("pricingModel").asString()).isEqualTo("spot");
        assertThat(first.at("/workloadSpec/useCase").asString()).isEqualTo("Chatbot (ShareGPT)");
        assertThat(body.at("/performanceRange/throughputOutputRange/min").asInt())
                .isEqualTo(425);
        assertThat(body.at("/performanceRange/ntpotRange/max").asInt()).isEqualTo(1085);
        assertThat(body.get("comments").asString())
                .startsWith("3 profiles are published, 0 are modeled")
                .contains("google/gemma-2-27b-it, vllm v0.7.2, a3-highgpu-1g: published: ")
                .contains("GIQ published $0.222/M output tokens");
        // each profile is followed by its llm-d twin (no serving stack asked: every stack, as GIQ answers)
        assertThat(body.get("profile").get(4).at("/performanceStats/0/cost").size())
                .as("no price: no cost (N/A)")
                .isZero();
    }

    @Test
    void snake_case_keys_and_numbers_as_strings_are_understood_and_comments_explain_an_empty_answer() throws Exception {
        var response = http.post(
                "/v1/profiles:fetch",
                "{\"model\":\"" + GEMMA + "\",\"performance_requirements\":{\"target_ntpot_milliseconds\":\"20\","
                        + "\"target_cost\":{\"pricing_model\":\"spot\"}}}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = http.json(response);
        assertThat(body.has("profile")).isTrue();
        assertThat(body.get("profile").size()).isZero();
        assertThat(body.get("comments").asString())
                .contains("NTPOT target of 20 ms")
                .contains("from 34 ms to 118 ms");
    }

    @Test
    void profiles_page_through_page_size_and_page_token_in_the_body() throws Exception {
        // 7 profiles, each also for llm-d (no servingStack asked: every stack, as GIQ answers): 14 rows
        var first = http.json(http.post("/v1/profiles:fetch", "{\"modelServerVersion\":\"all\",\"pageSize\":5}"));
        String token = first.get("nextPageToken").asString();
        var second = http.json(http.post(
                "/v1/profiles:fetch",
                "{\"modelServerVersion\":\"all\",\"pageSize\":5,\"pageToken\":\"" + token + "\"}"));
        var third = http.json(http.post(
                "/v1/profiles:fetch",
                "{\"modelServerVersion\":\"all\",\"pageSize\":5,\"pageToken\":\""
                        + second.get("nextPageToken").asString() + "\"}"));

        assertThat(first.get("profile").size()).isEqualTo(5);
        assertThat(second.get("profile").size()).isEqualTo(5);
        assertThat(third.get("profile").size()).isEqualTo(4);
        assertThat(third.has("nextPageToken")).isFalse();
    }

    @Test
    void benchmarking_data_returns_every_curve_point_and_use_cases_their_shapes() throws Exception {
        var benchmarks = http.json(http.post(
                "/v1/benchmarkingData:fetch",
                "{\"modelServerInfo\":{\"model\":\"" + GEMMA + "\",\"modelServer\":\"vllm\"},"
                        + "\"instanceType\":\"a3-highgpu-1g\",\"pricingModel\":\"spot\"}"));
        var useCases = http.json(http.post("/v1/useCases:fetch", ""));

        assertThat(benchmarks.get("profile").size())
                .as("without a stack and with llm-d")
                .isEqualTo(2);
        assertThat(benchmarks.at("/profile/0/performanceStats").size()).isEqualTo(8);
        assertThat(useCases.at("/workloadSpecs/0/useCase").asString()).isEqualTo("Chatbot (ShareGPT)");
        assertThat(useCases.at("/workloadSpecs/0/averageInputLength").asInt()).isEqualTo(226);
    }

    @Test
    void unknown_names_are_404_naming_the_field_and_known_values() throws Exception {
        assertError(http.get("/v1/modelServers:fetch?model=acme/nope"), 404, "NOT_FOUND", "model: 'acme/nope'", GEMMA);
        assertError(
                http.get("/v1/modelServerVersions:fetch?model=" + GEMMA + "&modelServer=sglang"),
                404,
                "NOT_FOUND",
                "modelServer: 'sglang'",
                "vllm");
        assertError(
                http.post("/v1/profiles:fetch", "{\"modelServerVersion\":\"v9.9\"}"),
                404,
                "NOT_FOUND",
                "modelServerVersion: 'v9.9'",
                "v0.10.1");
        assertError(http.get("/v1alpha1/nothing-here"), 404, "NOT_FOUND", "/v1alpha1/nothing-here", "v1alpha1");
    }

    @Test
    void malformed_or_absurd_values_are_400_naming_the_field_and_what_is_allowed() throws Exception {
        assertError(
                http.post("/v1/profiles:fetch", "{\"performanceRequirements\":{\"targetNtpotMilliseconds\":\"fast\"}}"),
                400,
                "INVALID_ARGUMENT",
                "performanceRequirements.targetNtpotMilliseconds",
                "whole number");
        assertError(
                http.post("/v1/profiles:fetch", "{\"performanceRequirements\":{\"targetTtftMilliseconds\":-3}}"),
                400,
                "INVALID_ARGUMENT",
                "targetTtftMilliseconds",
                "> 0");
        assertError(
                http.post(
                        "/v1/profiles:fetch",
                        "{\"performanceRequirements\":{\"targetCost\":{\"pricingModel\":\"free\"}}}"),
                400,
                "INVALID_ARGUMENT",
                "pricingModel",
                "spot, on-demand, 1-year-cud, 3-years-cud");
        assertError(
                http.post("/v1/profiles:fetch", "{\"workloadSpec\":{\"useCase\":\"poetry\"}}"),
                400,
                "INVALID_ARGUMENT",
                "useCase",
                "Chatbot (ShareGPT)");
        assertError(http.post("/v1/profiles:fetch", "{not json"), 400, "INVALID_ARGUMENT", "body", "not valid JSON");
        // a misspelt filter is refused, as Google's API does, instead of answering with every profile
        assertError(
                http.post("/v1/profiles:fetch", "{\"modle\":\"" + GEMMA + "\"}"),
                400,
                "INVALID_ARGUMENT",
                "modle: is not a field of this request",
                "model, modelServer");
        assertError(
                http.post(
                        "/v1/profiles:fetch",
                        "{\"performance_requirements\":{\"target_cost\":{\"pricing\":\"spot\"}}}"),
                400,
                "INVALID_ARGUMENT",
                "performanceRequirements.targetCost.pricing: is not a field",
                "pricingModel");
        assertError(
                http.post(
                        "/v1/benchmarkingData:fetch",
                        "{\"modelServerInfo\":{\"model\":\"" + GEMMA + "\"},\"machine\":\"x\"}"),
                400,
                "INVALID_ARGUMENT",
                "machine: is not a field",
                "instanceType");
        assertError(http.post("/v1/profiles:fetch", "[]"), 400, "INVALID_ARGUMENT", "body", "JSON object");
        assertError(http.get("/v1/models:fetch?pageSize=-1"), 400, "INVALID_ARGUMENT", "pageSize", "0 (all)");
        assertError(http.get("/v1/models:fetch?pageToken=xyz"), 400, "INVALID_ARGUMENT", "pageToken", "nextPageToken");
        assertError(
                http.get("/v1alpha1/accelerators?modelName=" + GEMMA
                        + "&performanceRequirements.maxNtpotMilliseconds=1.5"),
                400,
                "INVALID_ARGUMENT",
                "maxNtpotMilliseconds",
                "whole number");
        assertError(http.get("/v1alpha1/accelerators"), 400, "INVALID_ARGUMENT", "modelName", "required");
        assertError(http.get("/v1/profiles:fetch"), 405, "UNIMPLEMENTED", "GET is not supported here; use POST");
    }

    private void assertError(HttpResponse<String> response, int status, String code, String... messageParts) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = http.json(response).get("error");
        assertThat(error.get("code").asInt()).isEqualTo(status);
        assertThat(error.get("status").asString()).isEqualTo(code);
        assertThat(error.get("message").asString()).contains(messageParts).doesNotContain("Exception");
    }
}
