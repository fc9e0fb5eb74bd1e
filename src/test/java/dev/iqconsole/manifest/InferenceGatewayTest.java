package dev.iqconsole.manifest;

import static dev.iqconsole.manifest.Plans.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iqconsole.catalog.AcceleratorFamily;
import dev.iqconsole.catalog.ServingStack;
import dev.iqconsole.catalog.ServingStacks;
import dev.iqconsole.catalog.TestCatalogs;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** llm-d's inference scheduling objects around the plan's replicas, read back from the generated YAML. */
class InferenceGatewayTest {

    private static final ServingStacks STACKS = ServingStacks.load(Path.of("data"), TestCatalogs.repositoryData());
    private static final ServingStack LLM_D_07 = STACKS.find("llm-d", "0.7.0").orElseThrow();
    private static final ServingStack LLM_D_03 = STACKS.find("llm-d", "0.3.0").orElseThrow();
    /** llm-d 0.8 and 0.9 run llm-d Router's endpoint picker, deployed as its llm-d-router-gateway chart does. */
    private static final ServingStack LLM_D_08 = STACKS.find("llm-d", "0.8.0").orElseThrow();

    private static final ServingStack LLM_D_09 = STACKS.find("llm-d", "0.9.0").orElseThrow();
    private final ManifestGenerator generator = new ManifestGenerator(CLOCK);

    private List<HasMetadata> parsed(ManifestSet set) {
        return set.documents().stream()
                .map(d -> ManifestYaml.parse(d.content()))
                .toList();
    }

    private static <T extends HasMetadata> T only(List<HasMetadata> objects, String kind, Class<T> type) {
        var matching = objects.stream().filter(o -> o.getKind().equals(kind)).toList();
        assertThat(matching).as(kind).hasSize(1);
        return type.cast(matching.getFirst());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }

    @Test
    void the_pool_selects_the_vllm_pods_and_names_the_endpoint_picker_service_the_route_sends_to_it() {
        var objects = parsed(generator.generate(gemmaOnL4(), new ServingStackPlan(LLM_D_07, null)));
        var vllm = objects.stream()
                .filter(o ->
                        o instanceof Deployment d && d.getMetadata().getName().endsWith("-deployment"))
                .map(Deployment.class::cast)
                .findFirst()
                .orElseThrow();
        var pool = only(objects, "InferencePool", GenericKubernetesResource.class);
        // fabric8 reads Gateway API objects into its typed model: the fields are the API's
        var route = only(objects, "HTTPRoute", HTTPRoute.class);
        var gateway = only(objects, "Gateway", Gateway.class);

        assertThat(pool.getApiVersion()).isEqualTo("inference.networking.k8s.io/v1");
        assertThat(spec(pool).get("selector"))
                .isEqualTo(Map.of("matchLabels", vllm.getSpec().getSelector().getMatchLabels()));
        assertThat(vllm.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(vllm.getSpec().getSelector().getMatchLabels());
        assertThat(vllm.getSpec().getReplicas()).isEqualTo(2);
        assertThat(vllm.getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .getFirst()
                        .getArgs())
                .contains("--enable-prefix-caching");
        assertThat(spec(pool).get("targetPorts")).isEqualTo(List.of(Map.of("number", 8000)));
        @SuppressWarnings("unchecked")
        var picker = (Map<String, Object>) spec(pool).get("endpointPickerRef");
        var eppService = objects.stream()
                .filter(o -> o.getKind().equals("Service")
                        && o.getMetadata().getName().equals(picker.get("name")))
                .map(io.fabric8.kubernetes.api.model.Service.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(eppService.getSpec().getPorts())
                .anySatisfy(p -> assertThat(p.getPort()).isEqualTo(((Map<?, ?>) picker.get("port")).get("number")));
        assertThat(gateway.getSpec().getGatewayClassName()).isEqualTo("gke-l7-regional-external-managed");
        assertThat(route.getSpec().getParentRefs().getFirst().getName())
                .isEqualTo(gateway.getMetadata().getName());
        var backend = route.getSpec().getRules().getFirst().getBackendRefs().getFirst();
        assertThat(backend.getKind()).isEqualTo("InferencePool");
        assertThat(backend.getGroup()).isEqualTo("inference.networking.k8s.io");
        assertThat(backend.getName()).isEqualTo(pool.getMetadata().getName());
        assertThat(objects).extracting(HasMetadata::getKind).contains("HealthCheckPolicy", "GCPBackendPolicy");
    }

    @Test
    void the_endpoint_picker_runs_the_stacks_image_with_its_release_config_and_the_servers_kv_metric() {
        var objects = parsed(generator.generate(gemmaOnL4(), new ServingStackPlan(LLM_D_03, null)));
        var epp = objects.stream()
                .filter(o ->
                        o instanceof Deployment d && d.getMetadata().getName().endsWith("-epp"))
                .map(Deployment.class::cast)
                .findFirst()
                .orElseThrow();
        var container = epp.getSpec().getTemplate().getSpec().getContainers().getFirst();
        var config = only(objects, "ConfigMap", ConfigMap.class);

        assertThat(container.getImage()).isEqualTo("registry.k8s.io/gateway-api-inference-extension/epp:v1.0.0");
        assertThat(container.getArgs())
                .containsSequence("--pool-name", gemmaOnL4().model().id().split("/")[1] + "-vllm-pool")
                .containsSequence("--kv-cache-usage-percentage-metric", "vllm:kv_cache_usage_perc");
        assertThat(config.getData().get("default-plugins.yaml"))
                .contains("kind: EndpointPickerConfig", "prefix-cache-scorer", "queue-scorer")
                .doesNotContain("weight");
        assertThat(epp.getSpec().getTemplate().getSpec().getServiceAccountName())
                .isEqualTo(only(objects, "ServiceAccount", io.fabric8.kubernetes.api.model.ServiceAccount.class)
                        .getMetadata()
                        .getName());
        assertThat(EndpointPickerConfigs.kvCacheMetric("v0.7.2")).isEqualTo("vllm:gpu_cache_usage_perc");
    }

    private static Deployment picker(List<HasMetadata> objects) {
        return objects.stream()
                .filter(o ->
                        o instanceof Deployment d && d.getMetadata().getName().endsWith("-epp"))
                .map(Deployment.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void llm_d_routers_picker_runs_its_release_image_with_the_charts_arguments_plugins_and_reads() {
        var objects = parsed(generator.generate(gemmaOnL4(), new ServingStackPlan(LLM_D_08, null)));
        var container = picker(objects)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .getFirst();
        var plugins = only(objects, "ConfigMap", ConfigMap.class).getData().get("default-plugins.yaml");
        var rules = only(objects, "Role", Role.class).getRules();
        @SuppressWarnings("unchecked")
        var pickerRef = (Map<String, Object>) spec(only(objects, "InferencePool", GenericKubernetesResource.class))
                .get("endpointPickerRef");

        assertThat(container.getImage()).isEqualTo("ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0");
        assertThat(container.getArgs())
                .containsSequence("--pool-group", "inference.networking.k8s.io")
                .containsSequence("--config-file", "/config/default-plugins.yaml")
                .contains("--metrics-endpoint-auth=false")
                // the router refuses the old metric flags: the picker would not start
                .noneMatch(a -> a.endsWith("-metric"));
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(plugins)
                .startsWith("apiVersion: llm-d.ai/v1alpha1\nkind: EndpointPickerConfig\n")
                .contains("type: metrics-data-source", "type: core-metrics-extractor", "weight: 3")
                .doesNotContain("engineConfigs");
        assertThat(rules)
                .extracting(PolicyRule::getApiGroups)
                .containsExactly(
                        List.of("inference.networking.x-k8s.io"),
                        List.of("llm-d.ai"),
                        List.of("inference.networking.k8s.io"),
                        List.of(""));
        assertThat(pickerRef.get("failureMode")).isEqualTo("FailOpen");
        var service = objects.stream()
                .filter(o -> o instanceof Service && o.getMetadata().getName().equals(pickerRef.get("name")))
                .map(Service.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(service.getSpec().getPorts().getFirst().getAppProtocol())
                .as("v0.9.0's chart names no protocol; v0.10.0's says h2c")
                .isNull();
    }

    @Test
    void for_vllm_before_0_10_llm_d_routers_picker_reads_the_old_kv_cache_gauge_from_its_engine_config() {
        var oldVllm = plan(
                GEMMA_2_27B,
                server("vllm", "v0.7.2", AcceleratorFamily.GPU, "vllm/vllm-openai:v0.7.2"),
                L4,
                G2_STANDARD_48);

        var plugins = only(
                        parsed(generator.generate(oldVllm, new ServingStackPlan(LLM_D_09, null))),
                        "ConfigMap",
                        ConfigMap.class)
                .getData()
                .get("default-plugins.yaml");

        assertThat(plugins)
                .contains("engineConfigs:", "- name: vllm", "kvUsageSpec: vllm:gpu_cache_usage_perc")
                .contains("queuedRequestsSpec: vllm:num_requests_waiting");
    }

    @Test
    void off_gke_llm_d_routers_route_carries_the_charts_request_timeout() {
        var portable = onPlatform(gemmaOnL4(), TargetPlatform.KUBERNETES);

        var routerRoute = only(
                parsed(generator.generate(portable, new ServingStackPlan(LLM_D_09, "istio"))),
                "HTTPRoute",
                HTTPRoute.class);
        var gieRoute = only(
                parsed(generator.generate(portable, new ServingStackPlan(LLM_D_07, "istio"))),
                "HTTPRoute",
                HTTPRoute.class);

        assertThat(routerRoute.getSpec().getRules().getFirst().getTimeouts().getRequest())
                .isEqualTo("300s");
        assertThat(gieRoute.getSpec().getRules().getFirst().getTimeouts()).isNull();
        var notes = String.join(
                "\n",
                generator
                        .generate(portable, new ServingStackPlan(LLM_D_09, "istio"))
                        .notes());
        assertThat(notes)
                .contains("gateway-api-inference-extension/config/crd?ref=v1.5.0")
                .contains("llm-d tested v1.5.1")
                .contains("llm-d-router/releases/download/v0.10.0/manifests.yaml");
    }

    @Test
    void off_gke_the_gateway_class_is_required_and_no_gke_policy_is_generated() {
        var portable = onPlatform(gemmaOnL4(), TargetPlatform.KUBERNETES);

        assertThatThrownBy(() -> generator.generate(portable, new ServingStackPlan(LLM_D_07, " ")))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessageContaining("gatewayClassName: is required off GKE");
        var objects = parsed(generator.generate(portable, new ServingStackPlan(LLM_D_07, "istio")));
        assertThat(only(objects, "Gateway", Gateway.class).getSpec().getGatewayClassName())
                .isEqualTo("istio");
        assertThat(objects).extracting(HasMetadata::getKind).doesNotContain("HealthCheckPolicy", "GCPBackendPolicy");
    }

    @Test
    void a_server_the_stack_does_not_route_to_is_refused_and_the_notes_name_crds_and_controllers() {
        var sglang = plan(GEMMA_2_27B, SGLANG, H100, A3_HIGHGPU_1G);

        assertThatThrownBy(() -> generator.generate(sglang, new ServingStackPlan(LLM_D_07, null)))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessageContaining("servingStack: llm-d/0.7.0 routes to vllm");
        var notes = generator
                .generate(gemmaOnL4(), new ServingStackPlan(LLM_D_07, null))
                .notes();
        assertThat(String.join("\n", notes))
                .contains("--gateway-api=standard")
                .contains("gateway-api-inference-extension/config/crd?ref=v1.5.0")
                .contains("proxy-only subnet")
                .contains("no change claimed");
    }
}
