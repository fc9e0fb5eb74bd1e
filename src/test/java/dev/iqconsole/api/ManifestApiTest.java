package dev.iqconsole.api;

import static dev.iqconsole.api.OversizedModelBeans.GIANT;
import static dev.iqconsole.fixtures.FixtureCatalog.GPT_OSS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.fixtures.ConsoleHttp;
import dev.iqconsole.fixtures.ConsoleTestBeans;
import dev.iqconsole.manifest.ManifestYaml;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manifest endpoints over plain HTTP: v1 {@code POST /v1/optimizedManifest:generate} as Google's clients send it
 * (docs/reference/gke-inference-quickstart.md §8) and v1alpha1 {@code GET /v1alpha1/optimizedManifest} with the exact query gcloud 528 sends,
 * and a 400 or 404 naming the request field for each kind of bad input.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:manifestapi;DB_CLOSE_DELAY=-1")
@Import({ConsoleTestBeans.class, OversizedModelBeans.class})
class ManifestApiTest {

    private static final String GENERATE = "/v1/optimizedManifest:generate?$alt=json;enum-encoding%3Dint";

    /** Captured from {@code gcloud alpha container ai profiles manifests create} 528 with a logging server. */
    private static final String GCLOUD_ALPHA_QUERY = "/v1alpha1/optimizedManifest?alt=json"
            + "&acceleratorType=nvidia-h100-80gb&kubernetesNamespace=default"
            + "&modelAndModelServerInfo.modelName=openai%2Fgpt-oss-20b"
            + "&modelAndModelServerInfo.modelServerName=vllm"
            + "&modelAndModelServerInfo.modelServerVersion=LATEST";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper mapper;

    @Autowired
    ConsoleHttp http;

    private HttpResponse<String> get(String pathAndQuery) {
        return http.send(http.request(pathAndQuery));
    }

    private HttpResponse<String> post(String body) {
        return http.send(http.request(GENERATE)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", ConsoleHttp.BROWSER_ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return http.json(response);
    }

    /** A v1 request for gpt-oss-20b with vLLM; {@code extra} is spliced into the top-level object. */
    private static String v1(String accelerator, String extra) {
        return """
                {"modelServerInfo":{"model":"%s","modelServer":"vllm"},"acceleratorType":"%s"%s}""".formatted(GPT_OSS, accelerator, extra.isEmpty() ? "" : "," + extra);
    }

    private static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(n -> n.get(field).asString()).toList();
    }

    @Test
    void v1_generate_returns_deployment_service_and_pod_monitoring_with_comments_and_a_version() throws Exception {
        JsonNode body = ok(post(v1("nvidia-h100-80gb", "\"kubernetesNamespace\":\"models\"")));

        JsonNode manifests = body.get("kubernetesManifests");
        assertThat(texts(manifests, "kind")).containsExactly("Deployment", "Service", "PodMonitoring");
        assertThat(texts(manifests, "apiVersion")).containsExactly("apps/v1", "v1", "monitoring.googleapis.com/v1");
        var deployment =
                (Deployment) ManifestYaml.parse(manifests.get(0).get("content").asString());
        assertThat(deployment.getMetadata().getName()).isEqualTo("gpt-oss-20b-vllm-deployment");
        assertThat(deployment.getMetadata().getNamespace()).isEqualTo("models");
        assertThat(deployment.getSpec().getTemplate().getSpec().getNodeSelector())
                .containsEntry("cloud.google.com/gke-accelerator", "nvidia-h100-80gb");
        assertThat(deployment
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .getFirst()
                        .getImage())
                .isEqualTo("vllm/vllm-openai:v0.10.1");
        assertThat(body.get("comments").get(0).asString())
                .isEqualTo("Generated on " + LocalDate.now(ZoneOffset.UTC) + " using:");
        assertThat(body.get("manifestVersion").asString()).isEqualTo("1");
    }

    @Test
    void v1_generate_accepts_snake_case_and_adds_an_autoscaler_for_a_reachable_ntpot_target() throws Exception {
        JsonNode body = ok(post("""
                {"model_server_info":{"model":"%s","model_server":"vllm","model_server_version":"v0.10.1"},
                 "accelerator_type":"nvidia-h100-80gb",
                 "performance_requirements":{"target_ntpot_milliseconds":30}}""".formatted(GPT_OSS)));

        assertThat(texts(body.get("kubernetesManifests"), "kind"))
                .containsExactly("Deployment", "Service", "PodMonitoring", "HorizontalPodAutoscaler");
        assertThat(body.get("kubernetesManifests").get(3).get("content").asString())
                .contains("name: gpt-oss-20b-vllm-hpa", "maxReplicas: " + Manifests.MAX_REPLICAS);
    }

    @Test
    void v1_generate_with_an_unreachable_target_has_no_autoscaler_and_says_why() throws Exception {
        JsonNode body = ok(post(v1(
                "nvidia-h100-80gb", "\"performanceRequirements\":{\"targetNtpotMilliseconds\":1,\"targetCost\":{}}")));

        assertThat(texts(body.get("kubernetesManifests"), "kind"))
                .containsExactly("Deployment", "Service", "PodMonitoring");
        List<String> comments =
                body.get("comments").valueStream().map(JsonNode::asString).toList();
        assertThat(comments).anySatisfy(c -> assertThat(c).startsWith("No HorizontalPodAutoscaler: "));
        assertThat(comments.getLast()).startsWith("performanceRequirements.targetCost was not used");
    }

    @Test
    void v1_generate_with_a_model_bucket_loads_through_cloud_storage_fuse() throws Exception {
        JsonNode body = ok(
                post(v1("nvidia-h100-80gb", "\"storageConfig\":{\"modelBucketUri\":\"gs://my-models/gpt-oss-20b\"}")));

        assertThat(texts(body.get("kubernetesManifests"), "kind"))
                .containsExactly("ServiceAccount", "Deployment", "Service", "PodMonitoring");
        var deployment = (Deployment) ManifestYaml.parse(
                body.get("kubernetesManifests").get(1).get("content").asString());
        assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
                .containsEntry("gke-gcsfuse/volumes", "true");
    }

    @Test
    void the_monitoring_option_switches_the_monitoring_object_and_defaults_to_pod_monitoring() throws Exception {
        assertThat(texts(
                        ok(post(v1("nvidia-h100-80gb", "\"monitoring\":\"none\"")))
                                .get("kubernetesManifests"),
                        "kind"))
                .containsExactly("Deployment", "Service");
        assertThat(texts(
                        ok(post(v1("nvidia-h100-80gb", "\"monitoring\":\"SERVICE_MONITOR\"")))
                                .get("kubernetesManifests"),
                        "kind"))
                .containsExactly("Deployment", "Service", "ServiceMonitor");
        assertThat(texts(ok(get(GCLOUD_ALPHA_QUERY + "&monitoring=none")).get("k8sManifests"), "kind"))
                .containsExactly("Deployment", "Service");
        assertError(
                post(v1("nvidia-h100-80gb", "\"monitoring\":\"datadog\"")),
                400,
                "INVALID_ARGUMENT",
                "monitoring: 'datadog' is not a monitoring option; use one of none, pod-monitoring, service-monitor");
    }

    @Test
    void v1alpha1_answers_the_query_gcloud_sends_with_k8s_manifests_and_comments() throws Exception {
        JsonNode body = ok(get(GCLOUD_ALPHA_QUERY));

        assertThat(body.propertyNames()).containsExactly("comments", "k8sManifests");
        assertThat(texts(body.get("k8sManifests"), "kind")).containsExactly("Deployment", "Service", "PodMonitoring");
        assertThat(body.at("/k8sManifests/0/content").asString()).contains("name: gpt-oss-20b-vllm-deployment");
        assertThat(body.at("/comments/0").asString()).startsWith("Generated on ");
    }

    @Test
    void v1alpha1_takes_the_ntpot_target_namespace_and_bucket_from_the_query() throws Exception {
        JsonNode body = ok(get("/v1alpha1/optimizedManifest?alt=json&acceleratorType=nvidia-h100-80gb"
                + "&kubernetesNamespace=ns1&targetNtpotMilliseconds=30"
                + "&modelAndModelServerInfo.modelName=openai%2Fgpt-oss-20b"
                + "&modelAndModelServerInfo.modelServerName=vllm"
                + "&modelAndModelServerInfo.modelServerVersion=v0.10.1"
                + "&storageConfig.modelBucketUri=gs%3A%2F%2Fmy-models%2Fgpt-oss-20b"));

        assertThat(texts(body.get("k8sManifests"), "kind"))
                .containsExactly("ServiceAccount", "Deployment", "Service", "PodMonitoring", "HorizontalPodAutoscaler");
        assertThat(body.at("/k8sManifests/1/content").asString()).contains("namespace: ns1");
    }

    // --- errors: status, Google's error shape, the request field and what is allowed; never a stack trace

    private void assertError(HttpResponse<String> response, int status, String code, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = mapper.readTree(response.body()).get("error");
        assertThat(error.get("code").asInt()).isEqualTo(status);
        assertThat(error.get("status").asString()).isEqualTo(code);
        assertThat(error.get("message").asString()).startsWith(message);
        assertThat(response.body()).doesNotContain("Exception", "\tat ", ".java:");
    }

    @Test
    void an_unknown_model_is_404_naming_the_field_and_the_known_models() throws Exception {
        var response = post("""
                {"modelServerInfo":{"model":"acme/nope","modelServer":"vllm"},"acceleratorType":"nvidia-h100-80gb"}""");

        assertError(response, 404, "NOT_FOUND", "modelServerInfo.model: 'acme/nope' is not known. Known values: ");
        assertThat(response.body()).contains(GPT_OSS);
    }

    @Test
    void an_accelerator_without_a_profile_is_400_listing_the_ones_that_have_one() throws Exception {
        var response = post(v1("nvidia-l4", ""));

        assertError(
                response,
                400,
                "INVALID_ARGUMENT",
                "acceleratorType: no profile of openai/gpt-oss-20b with vllm on 'nvidia-l4'. Profiles exist on: ");
        assertThat(response.body()).contains("nvidia-h100-80gb (a3-highgpu-1g)");
    }

    @Test
    void an_accelerator_nobody_knows_is_404_with_the_known_ones() throws Exception {
        assertError(
                post(v1("nvidia-k80", "")),
                404,
                "NOT_FOUND",
                "acceleratorType: 'nvidia-k80' is not known. Known values: nvidia-h100-80gb");
    }

    @Test
    void an_invalid_namespace_is_400_with_the_rule() throws Exception {
        assertError(
                post(v1("nvidia-h100-80gb", "\"kubernetesNamespace\":\"Team_A\"")),
                400,
                "INVALID_ARGUMENT",
                "kubernetesNamespace: must be a DNS-1123 label: lowercase letters, digits and '-'");
    }

    @Test
    void a_bucket_uri_that_is_not_gs_is_400() throws Exception {
        assertError(
                post(v1("nvidia-h100-80gb", "\"storageConfig\":{\"modelBucketUri\":\"s3://my-models/x\"}")),
                400,
                "INVALID_ARGUMENT",
                "storageConfig.modelBucketUri: must start with gs:// (a Cloud Storage bucket)");
    }

    @Test
    void a_model_that_does_not_fit_the_accelerators_is_400_saying_how_many_would() throws Exception {
        var response = post("""
                {"modelServerInfo":{"model":"%s","modelServer":"vllm"},"acceleratorType":"nvidia-h100-80gb"}""".formatted(GIANT));

        assertError(response, 400, "INVALID_ARGUMENT", "acceleratorType: " + GIANT + " needs ");
        assertThat(response.body()).contains("x nvidia-h100-80gb would fit");
    }

    @Test
    void missing_fields_a_bad_target_a_serving_stack_and_a_body_that_is_not_json_are_400() throws Exception {
        assertError(
                post("{\"modelServerInfo\":{\"model\":\"" + GPT_OSS + "\"},\"acceleratorType\":\"nvidia-h100-80gb\"}"),
                400,
                "INVALID_ARGUMENT",
                "modelServerInfo.modelServer: is required");
        assertError(
                post("{\"modelServerInfo\":{\"model\":\"" + GPT_OSS + "\",\"modelServer\":\"vllm\"}}"),
                400,
                "INVALID_ARGUMENT",
                "acceleratorType: is required");
        assertError(
                post(v1("nvidia-h100-80gb", "\"performanceRequirements\":{\"targetNtpotMilliseconds\":-5}")),
                400,
                "INVALID_ARGUMENT",
                "performanceRequirements.targetNtpotMilliseconds: -5.0 is not allowed");
        assertError(
                post(v1("nvidia-h100-80gb", "\"servingStack\":{\"name\":\"llm-e\"}")),
                404,
                "NOT_FOUND",
                "servingStack.name: 'llm-e' is not known. Known values: llm-d");
        assertError(
                post(v1("nvidia-h100-80gb", "\"servingStack\":{\"name\":\"llm-d\",\"version\":\"all\"}")),
                400,
                "INVALID_ARGUMENT",
                "servingStack.version: 'all' is not one version");
        assertError(post("{not json"), 400, "INVALID_ARGUMENT", "body: is not valid JSON");
    }

    @Test
    void serving_stack_llm_d_adds_the_inference_gateway_objects_after_the_model_server_and_says_what_the_cluster_needs()
            throws Exception {
        // as gcloud 549+ builds it for --serving-stack=llm-d --target-ntpot-milliseconds=100
        var response = post("{\"acceleratorType\": \"nvidia-h100-80gb\", \"modelServerInfo\": {\"model\": \""
                + GPT_OSS + "\", \"modelServer\": \"vllm\"}, \"performanceRequirements\": "
                + "{\"targetNtpotMilliseconds\": 100}, \"servingStack\": {\"name\": \"llm-d\"}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = mapper.readTree(response.body());
        var kinds = body.get("kubernetesManifests")
                .valueStream()
                .map(m -> m.get("kind").asString())
                .toList();
        assertThat(kinds)
                .contains(
                        "Deployment",
                        "Service",
                        "ServiceAccount",
                        "Role",
                        "RoleBinding",
                        "ConfigMap",
                        "InferencePool",
                        "Gateway",
                        "HTTPRoute",
                        "HealthCheckPolicy",
                        "GCPBackendPolicy");
        assertThat(body.get("kubernetesManifests")
                        .valueStream()
                        .filter(m -> m.get("kind").asString().equals("InferencePool"))
                        .map(m -> m.get("apiVersion").asString()))
                .containsExactly("inference.networking.k8s.io/v1");
        assertThat(body.get("comments").valueStream().map(JsonNode::asString).toList())
                // no version: the latest, whose endpoint picker is llm-d Router's
                .anySatisfy(c -> assertThat(c)
                        .startsWith("Serving stack llm-d 0.9.0")
                        .contains("ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.10.0"))
                .anySatisfy(c -> assertThat(c).contains("config/crd?ref=v1.5.0"));
        var without = mapper.readTree(post(v1("nvidia-h100-80gb", "")).body());
        assertThat(without.get("kubernetesManifests")
                        .valueStream()
                        .map(m -> m.get("kind").asString()))
                .as("no servingStack: the model server alone, as gcloud's default (none)")
                .doesNotContain("InferencePool", "Gateway");
    }

    @Test
    void v1alpha1_errors_name_the_query_parameters_gcloud_sends() throws Exception {
        String query = "/v1alpha1/optimizedManifest?alt=json&acceleratorType=nvidia-h100-80gb"
                + "&modelAndModelServerInfo.modelServerName=vllm&modelAndModelServerInfo.modelName=";

        assertError(
                get(query + enc("acme/nope")),
                404,
                "NOT_FOUND",
                "modelAndModelServerInfo.modelName: 'acme/nope' is not known");
        assertError(
                get(query + enc(GPT_OSS) + "&kubernetesNamespace=-bad-"),
                400,
                "INVALID_ARGUMENT",
                "kubernetesNamespace: must be a DNS-1123 label");
        assertError(
                get(query + enc(GPT_OSS) + "&modelAndModelServerInfo.modelServerVersion=v9.9.9"),
                404,
                "NOT_FOUND",
                "modelAndModelServerInfo.modelServerVersion: 'v9.9.9' is not known");
        assertError(
                get(query + enc(GPT_OSS) + "&targetNtpotMilliseconds=abc"),
                400,
                "INVALID_ARGUMENT",
                "targetNtpotMilliseconds: ");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
