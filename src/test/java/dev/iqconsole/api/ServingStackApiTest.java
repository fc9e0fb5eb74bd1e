package dev.iqconsole.api;

import static dev.iqconsole.fixtures.FixtureCatalog.GEMMA;
import static dev.iqconsole.fixtures.FixtureCatalog.GPT_OSS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.fixtures.ConsoleHttp;
import dev.iqconsole.fixtures.FixtureCatalogContext;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GIQ's GA surface of gcloud 549+ on the wire: the requests are written as the GA commands build them (apitools:
 * {@code alt=json} query, JSON bodies with {@code ", "}/{@code ": "} separators, fields in field-number order, the
 * {@code servingStack} message only when {@code --serving-stack} is given, its version only with it).
 */
@FixtureCatalogContext
class ServingStackApiTest {

    @Autowired
    JsonMapper mapper;

    @Autowired
    Catalog catalog;

    @Autowired
    ConsoleHttp http;

    private HttpResponse<String> get(String pathAndQuery) {
        return http.send(http.request(pathAndQuery)
                .header("Accept", "application/json")
                .header("User-Agent", "google-cloud-sdk gcloud/549.0.0 command/gcloud.container.ai.profiles"));
    }

    private HttpResponse<String> post(String path, String body) {
        return http.post(path + "?alt=json", body);
    }

    private JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return http.json(response);
    }

    private static List<String> texts(JsonNode array, String pointer) {
        return array.valueStream().map(n -> n.at(pointer).asString()).toList();
    }

    @Test
    void serving_stacks_list_answers_every_llm_d_version_newest_first_and_filters_by_model_and_server()
            throws Exception {
        var all = json(get("/v1/servingStacks:fetch?alt=json"));
        var forGemma = json(get("/v1/servingStacks:fetch?alt=json&model=google%2Fgemma-2-27b-it&modelServer=vllm"));
        var paged = json(get("/v1/servingStacks:fetch?alt=json&pageSize=1"));

        assertThat(texts(all.get("servingStacks"), "/name")).containsOnly("llm-d");
        assertThat(texts(all.get("servingStacks"), "/version")).containsExactly("0.9.0", "0.8.0", "0.7.0", "0.3.0");
        assertThat(forGemma.get("servingStacks")).isEqualTo(all.get("servingStacks"));
        assertThat(paged.get("servingStacks").size()).isEqualTo(1);
        assertThat(paged.has("nextPageToken")).isTrue();
    }

    @Test
    void serving_stack_versions_list_needs_a_known_stack_and_a_known_model() throws Exception {
        var versions = json(get("/v1/servingStackVersions:fetch?alt=json&servingStack=llm-d&model=" + GEMMA));

        assertThat(versions.get("servingStackVersions").valueStream().map(JsonNode::asString))
                .containsExactly("0.9.0", "0.8.0", "0.7.0", "0.3.0");
        assertError(get("/v1/servingStackVersions:fetch?alt=json"), 400, "servingStack: is required");
        assertError(
                get("/v1/servingStackVersions:fetch?alt=json&servingStack=dynamo"),
                404,
                "servingStack.name: 'dynamo' is not known",
                "llm-d");
        assertError(get("/v1/servingStacks:fetch?alt=json&model=acme%2Fnope"), 404, "model: 'acme/nope'");
    }

    @Test
    void profiles_list_without_a_stack_returns_each_profile_without_one_and_for_the_latest_llm_d() throws Exception {
        var body = json(post("/v1/profiles:fetch", "{\"model\": \"" + GEMMA + "\"}"));
        JsonNode profiles = body.get("profile");

        assertThat(profiles.size()).isEqualTo(6);
        assertThat(profiles.get(0).has("servingStack"))
                .as("no stack: the field is left out")
                .isFalse();
        assertThat(profiles.get(1).at("/servingStack/name").asString()).isEqualTo("llm-d");
        assertThat(profiles.get(1).at("/servingStack/version").asString()).isEqualTo("0.9.0");
        assertThat(profiles.get(1).get("performanceStats"))
                .as("no change claimed: the llm-d profile shares the vLLM curve")
                .isEqualTo(profiles.get(0).get("performanceStats"));
        assertThat(body.get("comments").asString())
                .contains("3 profiles for serving stack llm-d 0.9.0: modeled")
                .contains("no change claimed");
    }

    @Test
    void profiles_list_with_serving_stack_llm_d_returns_only_llm_d_profiles_with_their_range() throws Exception {
        var body = json(post(
                "/v1/profiles:fetch",
                "{\"model\": \"" + GEMMA + "\", \"modelServer\": \"vllm\", \"servingStack\": {\"name\": \"llm-d\"}}"));
        var older = json(post(
                "/v1/profiles:fetch",
                "{\"model\": \"" + GEMMA + "\", \"servingStack\": {\"name\": \"llm-d\", \"version\": \"0.3.0\"}}"));
        var every = json(post(
                "/v1/profiles:fetch",
                "{\"model\": \"" + GEMMA + "\", \"servingStack\": {\"name\": \"llm-d\", \"version\": \"all\"}}"));

        assertThat(texts(body.get("profile"), "/servingStack/version")).containsExactly("0.9.0", "0.9.0", "0.9.0");
        assertThat(texts(older.get("profile"), "/servingStack/version")).containsOnly("0.3.0");
        assertThat(every.get("profile").size())
                .as("3 profiles for each of the 4 versions")
                .isEqualTo(12);
        JsonNode range = body.get("performanceRange");
        assertThat(range.at("/throughputOutputRange/min").asInt()).isEqualTo(425);
        assertThat(range.at("/throughputOutputRange/max").asInt()).isEqualTo(2050);
        // GIQ's published points give no input throughput: no total range either, rather than a made-up one
        assertThat(range.has("throughputRange")).isFalse();
        var modeled = json(post(
                "/v1/profiles:fetch", "{\"model\": \"" + GPT_OSS + "\", \"servingStack\": {\"name\": \"llm-d\"}}"));
        var totals = modeled.get("profile")
                .valueStream()
                .mapToInt(p -> p.at("/performanceStats/0/totalTokensPerSecond").asInt())
                .summaryStatistics();
        assertThat(totals.getMin()).as(modeled.toString()).isPositive();
        assertThat(modeled.at("/performanceRange/throughputRange/min").asInt()).isEqualTo(totals.getMin());
        assertThat(modeled.at("/performanceRange/throughputRange/max").asInt()).isEqualTo(totals.getMax());
        assertThat(body.get("comments").asString())
                .startsWith("3 profiles for serving stack llm-d 0.9.0: modeled.")
                .doesNotContain("are published");
    }

    @Test
    void an_unknown_stack_or_version_is_a_404_that_names_it_never_ignored() throws Exception {
        assertError(
                post("/v1/profiles:fetch", "{\"servingStack\": {\"name\": \"made-up\"}}"),
                404,
                "servingStack.name: 'made-up' is not known",
                "llm-d");
        assertError(
                post("/v1/profiles:fetch", "{\"servingStack\": {\"name\": \"llm-d\", \"version\": \"9.9\"}}"),
                404,
                "servingStack.version: '9.9' is not known",
                "0.9.0, 0.8.0, 0.7.0, 0.3.0, latest, all");
        assertError(
                post(
                        "/v1/benchmarkingData:fetch",
                        "{\"modelServerInfo\": {\"model\": \"" + GEMMA + "\", \"modelServer\": \"vllm\"},"
                                + " \"servingStack\": {\"name\": \"llm-x\"}}"),
                404,
                "servingStack.name: 'llm-x'");
        assertError(
                post("/v1/profiles:fetch", "{\"servingStack\": {\"version\": \"0.7.0\"}}"),
                400,
                "servingStack.name: is required");
    }

    @Test
    void profiles_carry_model_info_from_the_catalog_and_every_performance_stat() throws Exception {
        var body = json(post("/v1/profiles:fetch", "{\"model\": \"" + GEMMA + "\"}"));
        JsonNode info = body.at("/profile/0/modelInfo");
        // a modeled profile: GIQ's published points give no input throughput
        JsonNode stats = json(post("/v1/profiles:fetch", "{\"model\": \"" + GPT_OSS + "\"}"))
                .at("/profile/0/performanceStats/0");

        // google/gemma-2-27b-it config.json: 46 layers, 32 heads x 128, 16 KV heads; KV = 2 x 46 x 16 x 128 x 2 B
        assertThat(info.get("hiddenLayersCount").asInt()).isEqualTo(46);
        assertThat(info.get("attentionHeadsCount").asInt()).isEqualTo(32);
        assertThat(info.get("kvHeadsCount").asInt()).isEqualTo(16);
        assertThat(info.get("headDimensions").asInt()).isEqualTo(128);
        // the rest is the catalog's model facts (here the fixture catalog's), GiB converted to GB
        Model model = catalog.model(GEMMA).orElseThrow();
        assertThat(info.get("kvCacheSizePerToken").asLong()).isEqualTo(model.kvCacheBytesPerToken());
        assertThat(info.get("maxContextLength").asInt()).isEqualTo(model.maxContextTokens());
        assertThat(info.get("parametersBillionsCount").asDouble()).isEqualTo(model.totalParamsB());
        assertThat(info.get("modelSizeGb").asDouble()).isCloseTo(model.weightsGiB() * 1.073741824, within(0.05));
        assertThat(stats.get("totalTokensPerSecond").asInt())
                .isEqualTo(stats.get("inputTokensPerSecond").asInt()
                        + stats.get("outputTokensPerSecond").asInt());
    }

    @Test
    void benchmarks_list_gives_each_curve_per_stack_and_only_llm_d_curves_when_asked() throws Exception {
        String server = "{\"modelServerInfo\": {\"model\": \"" + GEMMA + "\", \"modelServer\": \"vllm\"}, "
                + "\"instanceType\": \"a3-highgpu-1g\", \"pricingModel\": \"spot\"";
        var both = json(post("/v1/benchmarkingData:fetch", server + "}"));
        var llmd = json(post(
                "/v1/benchmarkingData:fetch",
                server + ", \"servingStack\": {\"name\": \"llm-d\", \"version\": \"0.3.0\"}}"));

        assertThat(both.get("profile").size()).isEqualTo(2);
        assertThat(both.at("/profile/1/performanceStats")).isEqualTo(both.at("/profile/0/performanceStats"));
        assertThat(texts(llmd.get("profile"), "/servingStack/version")).containsExactly("0.3.0");
        assertThat(llmd.at("/profile/0/modelInfo/hiddenLayersCount").asInt()).isEqualTo(46);
    }

    @Test
    void every_range_of_performance_range_spans_the_returned_profiles_with_and_without_a_stack() throws Exception {
        for (String body : List.of(
                "{\"model\": \"" + GPT_OSS + "\"}",
                "{\"model\": \"" + GPT_OSS + "\", \"servingStack\": {\"name\": \"llm-d\", \"version\": \"all\"}}")) {
            var answer = json(post("/v1/profiles:fetch", body));
            JsonNode range = answer.get("performanceRange");
            for (String[] pair : new String[][] {
                {"throughputOutputRange", "outputTokensPerSecond"},
                {"throughputInputRange", "inputTokensPerSecond"},
                {"throughputRange", "totalTokensPerSecond"},
                {"ntpotRange", "ntpotMilliseconds"},
                {"ttftRange", "ttftMilliseconds"},
                {"itlRange", "itlMilliseconds"}
            }) {
                var values = answer.get("profile")
                        .valueStream()
                        .map(p -> p.at("/performanceStats/0/" + pair[1]))
                        .filter(JsonNode::isNumber)
                        .mapToInt(JsonNode::asInt)
                        .summaryStatistics();
                assertThat(values.getCount()).as("%s in %s", pair[1], body).isPositive();
                // the range is over every matching profile, the rows repeat their curve's point: within rounding
                assertThat(range.at("/" + pair[0] + "/min").asInt())
                        .as("%s.min for %s", pair[0], body)
                        .isCloseTo(values.getMin(), within(1));
                assertThat(range.at("/" + pair[0] + "/max").asInt())
                        .as("%s.max for %s", pair[0], body)
                        .isCloseTo(values.getMax(), within(1));
            }
        }
    }

    @Test
    void profiles_carry_the_workload_spec_they_were_modeled_for_as_gcloud_ga_asks_for_it() throws Exception {
        // gcloud 549+: --use-case='Code Completion'
        var byUseCase = json(post(
                "/v1/profiles:fetch",
                "{\"model\": \"" + GPT_OSS + "\", \"servingStack\": {\"name\": \"llm-d\"},"
                        + " \"workloadSpec\": {\"useCase\": \"Code Completion\"}}"));
        assertThat(byUseCase.get("profile").size()).isPositive();
        assertThat(texts(byUseCase.get("profile"), "/workloadSpec/useCase")).containsOnly("Code Completion");
        assertThat(texts(byUseCase.get("profile"), "/servingStack/name")).containsOnly("llm-d");
        int input = byUseCase.at("/profile/0/workloadSpec/averageInputLength").asInt();
        int output = byUseCase.at("/profile/0/workloadSpec/averageOutputLength").asInt();
        assertThat(input).isPositive();
        assertThat(output).isPositive();

        // custom lengths (--target-input-length, --target-output-length) are WorkloadApiTest's, on the real catalog
        assertThat(byUseCase.at("/profile/0/performanceStats/0/itlMilliseconds").isNumber())
                .as(byUseCase.at("/profile/0").toString())
                .isTrue();
    }

    @Test
    void serving_stack_versions_page_with_a_token_and_filter_by_server() throws Exception {
        var first = json(get("/v1/servingStackVersions:fetch?alt=json&servingStack=llm-d&pageSize=1"));
        var second = json(get("/v1/servingStackVersions:fetch?alt=json&servingStack=llm-d&pageSize=1&pageToken="
                + first.get("nextPageToken").asString()));
        var rest = json(get("/v1/servingStackVersions:fetch?alt=json&servingStack=llm-d&pageSize=5&pageToken="
                + second.get("nextPageToken").asString()));
        var tgi = json(get("/v1/servingStacks:fetch?alt=json&model=" + GPT_OSS + "&modelServer=tgi"));
        var stacksSecondPage = json(get("/v1/servingStacks:fetch?alt=json&pageSize=1&pageToken="
                + json(get("/v1/servingStacks:fetch?alt=json&pageSize=1"))
                        .get("nextPageToken")
                        .asString()));

        assertThat(first.get("servingStackVersions").valueStream().map(JsonNode::asString))
                .containsExactly("0.9.0");
        assertThat(second.get("servingStackVersions").valueStream().map(JsonNode::asString))
                .containsExactly("0.8.0");
        assertThat(rest.get("servingStackVersions").valueStream().map(JsonNode::asString))
                .containsExactly("0.7.0", "0.3.0");
        assertThat(rest.has("nextPageToken")).as("the last page").isFalse();
        assertThat(texts(stacksSecondPage.get("servingStacks"), "/version")).containsExactly("0.8.0");
        assertThat(tgi.get("servingStacks"))
                .as("llm-d routes to vLLM replicas only: %s", tgi)
                .isEmpty();
        assertError(
                get("/v1/servingStackVersions:fetch?alt=json&servingStack=llm-d&pageToken=garbage"), 400, "pageToken");
    }

    private void assertError(HttpResponse<String> response, int status, String... messageParts) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(mapper.readTree(response.body()).at("/error/message").asString())
                .contains(messageParts)
                .doesNotContain("Exception");
    }
}
