package dev.iqconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.fixtures.ConsoleContext;
import dev.iqconsole.fixtures.ConsoleHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code workloadSpec} and {@code useCase} over HTTP on the bundled catalog. gcloud 528 (alpha track only) and
 * Google's Java client 0.8.0 have no field for them, so plain HTTP with the JSON of the newer gcloud is the client.
 */
@ConsoleContext
class WorkloadApiTest {

    private static final String GEMMA = "google/gemma-2-27b-it";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper mapper;

    @Autowired
    ConsoleHttp http;

    @Test
    void profiles_for_asked_lengths_carry_them_in_their_workload_spec() throws Exception {
        var response = http.post(
                "/v1/profiles:fetch",
                "{\"model\":\"" + GEMMA
                        + "\",\"workloadSpec\":{\"averageInputLength\":1000,\"averageOutputLength\":500}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = http.json(response);
        assertThat(body.get("profile").size()).isPositive();
        for (JsonNode profile : body.get("profile")) {
            assertThat(profile.at("/workloadSpec/averageInputLength").asInt()).isEqualTo(1000);
            assertThat(profile.at("/workloadSpec/averageOutputLength").asInt()).isEqualTo(500);
            assertThat(profile.at("/workloadSpec/useCase").isMissingNode()).isTrue();
        }
        assertThat(body.get("comments").asString())
                .contains("Modeled for average lengths 1,000 input / 500 output tokens (asked for).");
    }

    @Test
    void a_use_case_by_its_gcloud_label_answers_that_use_case_and_says_its_lengths_are_assumed() throws Exception {
        var response = http.post(
                "/v1/profiles:fetch",
                "{\"model\":\"" + GEMMA + "\",\"workloadSpec\":{\"useCase\":\"Code Completion\"}}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = http.json(response);
        for (JsonNode profile : body.get("profile")) {
            assertThat(profile.at("/workloadSpec/useCase").asString()).isEqualTo("Code Completion");
            assertThat(profile.at("/workloadSpec/averageInputLength").asInt()).isEqualTo(512);
        }
        assertThat(body.get("comments").asString())
                .contains("Code Completion: modeled for average lengths 512 input / 64 output tokens (assumed: GIQ"
                        + " does not publish this use case's lengths).");
    }

    @Test
    void without_a_workload_spec_every_use_case_is_returned_as_giq_does() throws Exception {
        var response = http.post("/v1/profiles:fetch", "{\"model\":\"" + GEMMA + "\"}");

        assertThat(http.json(response)
                        .get("profile")
                        .valueStream()
                        .map(p -> p.at("/workloadSpec/useCase").asString())
                        .distinct())
                .containsExactlyInAnyOrder(
                        "Chatbot (ShareGPT)",
                        "Advanced Customer Support",
                        "Code Completion",
                        "Text Summarization",
                        "Text Generation",
                        "Deep Research");
    }

    @Test
    void bad_lengths_get_a_400_naming_the_field_and_the_allowed_range() throws Exception {
        var alone = http.post(
                "/v1/profiles:fetch", "{\"model\":\"" + GEMMA + "\",\"workloadSpec\":{\"averageInputLength\":1000}}");
        var tooLong = http.post(
                "/v1/profiles:fetch",
                "{\"model\":\"" + GEMMA
                        + "\",\"workloadSpec\":{\"averageInputLength\":8000,\"averageOutputLength\":1000}}");
        var zero = http.post(
                "/v1/profiles:fetch",
                "{\"model\":\"" + GEMMA + "\",\"workloadSpec\":{\"averageInputLength\":0,\"averageOutputLength\":10}}");

        assertThat(alone.statusCode()).isEqualTo(400);
        assertThat(http.json(alone).at("/error/message").asString())
                .startsWith("averageOutputLength: ")
                .contains("work only together");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(http.json(tooLong).at("/error/message").asString())
                .startsWith("averageInputLength: ")
                .contains("google/gemma-2-27b-it's context of 8192 tokens");
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(http.json(zero).at("/error/message").asString())
                .isEqualTo("averageInputLength: 0 is not allowed: tokens from 1 to 8191 (the sum must fit"
                        + " google/gemma-2-27b-it's context of 8192 tokens)");
    }

    @Test
    void benchmarking_data_and_manifests_honour_the_use_case() throws Exception {
        var benchmarks = http.post(
                "/v1/benchmarkingData:fetch",
                "{\"modelServerInfo\":{\"model\":\"" + GEMMA
                        + "\",\"modelServer\":\"vllm\"},\"useCase\":\"deep research\"}");
        assertThat(benchmarks.statusCode()).isEqualTo(200);
        assertThat(http.json(benchmarks)
                        .get("profile")
                        .valueStream()
                        .map(p -> p.at("/workloadSpec/useCase").asString())
                        .distinct())
                .containsExactly("Deep Research");

        String manifest = "{\"modelServerInfo\":{\"model\":\"" + GEMMA + "\",\"modelServer\":\"vllm\"},"
                + "\"acceleratorType\":\"nvidia-h100-80gb\",\"performanceRequirements\":{\"targetNtpotMilliseconds\":60},"
                + "\"useCase\":\"%s\"}";
        var chatbot = http.json(http.post("/v1/optimizedManifest:generate", manifest.formatted("chatbot")));
        var research = http.json(http.post("/v1/optimizedManifest:generate", manifest.formatted("deep research")));
        assertThat(String.join(
                        "\n",
                        research.get("comments")
                                .valueStream()
                                .map(JsonNode::asString)
                                .toList()))
                .contains("use case Deep Research.");
        // the HPA threshold comes from each use case's own curve at the target
        assertThat(hpa(research)).isNotEqualTo(hpa(chatbot));
    }

    private static String hpa(JsonNode response) {
        return response.get("kubernetesManifests")
                .valueStream()
                .filter(m -> m.get("kind").asString().equals("HorizontalPodAutoscaler"))
                .map(m -> m.get("content").asString())
                .findFirst()
                .orElse("no HPA");
    }
}
