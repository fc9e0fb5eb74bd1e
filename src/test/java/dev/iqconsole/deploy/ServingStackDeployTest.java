package dev.iqconsole.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.catalog.ServingStacks;
import dev.iqconsole.catalog.TestCatalogs;
import dev.iqconsole.manifest.ManifestService;
import dev.iqconsole.manifest.ManifestSet;
import dev.iqconsole.manifest.Plans;
import dev.iqconsole.manifest.ServingStackPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * llm-d on a cluster: preflight finds missing Gateway API and Inference Extension CRDs by discovery and a missing
 * GatewayClass; with them, Deploy applies the real generator's objects in dependency order and kubectl reads them.
 */
class ServingStackDeployTest {

    MockCluster cluster;
    DeployService service;
    ManifestSet generated;

    @BeforeEach
    void start() throws Exception {
        MockCluster.requireKubectl();
        cluster = new MockCluster();
        service = new DeployService(
                context -> cluster.client, new DeployHistory(TestDatabase.migrated()), Fixtures.ANYONE);
        var stack = ServingStacks.load(Path.of("data"), TestCatalogs.repositoryData())
                .find("llm-d", "0.7.0")
                .orElseThrow();
        generated = new ManifestService()
                .generate(Plans.withNamespace(Plans.gemmaOnL4(), "models"), new ServingStackPlan(stack, null));
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
    }

    /** Deploys the generated objects, every one of which must be applied. */
    private ApplyResult deployed() {
        ApplyResult result = service.deploy(Fixtures.requestFor(generated, Fixtures.TOKEN), generated.objects());
        assertThat(result.complete()).as(result.summary()).isTrue();
        return result;
    }

    /** What kubectl reads of an object in namespace models, at a JSONPath. */
    private String read(String kind, String name, String jsonPath) throws Exception {
        return cluster.kubectl("get", kind, name, "-n", "models", "-o", "jsonpath=" + jsonPath);
    }

    private List<Finding> findings() {
        return service.check(Fixtures.requestFor(generated, Fixtures.TOKEN), generated.objects())
                .findings();
    }

    @Test
    void without_the_crds_preflight_fails_naming_what_to_install_and_the_missing_gateway_controller() {
        List<Finding> findings = findings();

        assertThat(findings)
                .anySatisfy(f -> {
                    assertThat(f.check()).isEqualTo("API InferencePool (inference.networking.k8s.io/v1)");
                    assertThat(f.severity()).isEqualTo(Severity.FAIL);
                    assertThat(f.fix()).contains("gateway-api-inference-extension/config/crd");
                })
                .anySatisfy(f -> {
                    assertThat(f.check()).isEqualTo("API Gateway (gateway.networking.k8s.io/v1)");
                    assertThat(f.severity()).isEqualTo(Severity.FAIL);
                    assertThat(f.fix()).contains("--gateway-api=standard");
                })
                .anySatisfy(f -> {
                    assertThat(f.check()).isEqualTo("GatewayClass gke-l7-regional-external-managed");
                    assertThat(f.severity()).isEqualTo(Severity.FAIL);
                    assertThat(f.sentence()).contains("no GatewayClass API");
                });
    }

    @Test
    void with_crds_and_a_gateway_class_preflight_passes_and_deploy_applies_in_dependency_order() throws Exception {
        cluster.serveGatewayApis();
        List<Finding> before = findings();
        cluster.addGatewayClass();
        List<Finding> findings = findings();

        assertThat(before)
                .anySatisfy(f -> assertThat(f.sentence()).contains("No GatewayClass gke-l7-regional-external-managed"));
        assertThat(findings)
                .filteredOn(f -> f.check().startsWith("API ") || f.check().startsWith("GatewayClass"))
                .allSatisfy(f -> assertThat(f.severity()).as(f.toString()).isEqualTo(Severity.PASS));
        assertThat(findings).anySatisfy(f -> assertThat(f.check()).isEqualTo("Proxy-only subnet"));

        ApplyResult result = deployed();

        List<String> kinds = result.objects().stream().map(ObjectOutcome::kind).toList();
        assertThat(kinds.indexOf("InferencePool")).isGreaterThan(kinds.lastIndexOf("Service"));
        assertThat(kinds.indexOf("HTTPRoute")).isGreaterThan(kinds.indexOf("Gateway"));
        assertThat(kinds.indexOf("HTTPRoute")).isGreaterThan(kinds.indexOf("InferencePool"));
        assertThat(kinds.indexOf("RoleBinding")).isGreaterThan(kinds.indexOf("Role"));
        assertThat(read("inferencepools", "gemma-2-27b-it-vllm-pool", "{.spec.endpointPickerRef.name}"))
                .isEqualTo("gemma-2-27b-it-vllm-epp");
        assertThat(read("httproutes", "gemma-2-27b-it-vllm-route", "{.spec.rules[0].backendRefs[0].kind}"))
                .isEqualTo("InferencePool");
        assertThat(read("configmap", "gemma-2-27b-it-vllm-epp", "{.data}")).contains("prefix-cache-scorer");
    }

    @Test
    void the_newest_llm_d_with_llm_d_routers_picker_needs_the_same_crds_and_applies() throws Exception {
        var newest = ServingStacks.load(Path.of("data"), TestCatalogs.repositoryData())
                .versions("llm-d")
                .getFirst();
        generated = new ManifestService()
                .generate(Plans.withNamespace(Plans.gemmaOnL4(), "models"), new ServingStackPlan(newest, null));
        cluster.readyForServingStacks();

        List<Finding> findings = findings();
        ApplyResult result = deployed();

        assertThat(newest.eppConfig().llmdRouter()).as(newest.id()).isTrue();
        // llm-d Router's optional llm-d.ai CRDs are no preflight failure: the picker runs without them
        assertThat(findings)
                .filteredOn(f -> f.check().startsWith("API ") || f.check().startsWith("GatewayClass"))
                .allSatisfy(f -> assertThat(f.severity()).as(f.toString()).isEqualTo(Severity.PASS));
        assertThat(read("deployment", "gemma-2-27b-it-vllm-epp", "{.spec.template.spec.containers[0].image}"))
                .isEqualTo(newest.eppImage());
        assertThat(read("configmap", "gemma-2-27b-it-vllm-epp", "{.data}")).contains("llm-d.ai/v1alpha1");
    }

    @Test
    void the_endpoint_of_a_serving_stack_is_its_gateway_pending_until_the_controller_publishes_an_address()
            throws Exception {
        cluster.serveGatewayApis();
        var request = Fixtures.requestFor(generated, Fixtures.TOKEN);
        deployed();
        String gateway = "gemma-2-27b-it-vllm-gateway";

        Endpoint pending = service.endpoint(MockCluster.CONTEXT, "models", request.deployment())
                .orElseThrow();

        assertThat(pending.gateway())
                .as("the Gateway, not the vLLM Service, is the way in")
                .isNotNull();
        assertThat(pending.gateway().name()).isEqualTo(gateway);
        assertThat(pending.gateway().pending()).isTrue();
        assertThat(pending.gateway().watchCommand())
                .isEqualTo("kubectl --context mock -n models get gateway " + gateway);
        assertThat(pending.inClusterUrl()).contains("gemma-2-27b-it-vllm-service");

        // the controller publishes the load balancer's address in the Gateway's status
        cluster.client
                .genericKubernetesResources(AppliedKind.GATEWAY.context())
                .inNamespace("models")
                .withName(gateway)
                .edit(g -> {
                    g.getAdditionalProperties()
                            .put(
                                    "status",
                                    java.util.Map.of(
                                            "addresses",
                                            List.of(java.util.Map.of("type", "IPAddress", "value", "34.1.2.3"))));
                    return g;
                });

        Endpoint published = service.endpoint(MockCluster.CONTEXT, "models", request.deployment())
                .orElseThrow();
        assertThat(published.gateway().pending()).isFalse();
        assertThat(published.gateway().url()).isEqualTo("http://34.1.2.3");
    }

    @Test
    void the_workloads_list_shows_pool_picker_and_replicas_as_one_workload_and_delete_removes_them_all()
            throws Exception {
        cluster.readyForServingStacks();
        var request = Fixtures.requestFor(generated, Fixtures.TOKEN);
        deployed();

        List<WorkloadSummary> workloads = service.workloads(MockCluster.CONTEXT);

        assertThat(workloads)
                .as("the endpoint picker's Deployment is a part, not a second workload")
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.name()).isEqualTo(request.deployment());
                    assertThat(w.status()).isEqualTo("0/2 ready");
                    assertThat(w.parts())
                            .containsExactly(
                                    "0/2 replicas",
                                    "endpoint picker 0/1 ready",
                                    "InferencePool gemma-2-27b-it-vllm-pool");
                    assertThat(w.profileText()).contains("vllm");
                });
        assertThat(cluster.kubectl("get", "deployments", "-n", "models", "-o", "name"))
                .contains("deployment.apps/gemma-2-27b-it-vllm-deployment", "deployment.apps/gemma-2-27b-it-vllm-epp");

        ApplyResult deleted = service.delete(MockCluster.CONTEXT, "models", request.deployment());

        assertThat(deleted.objects())
                .allSatisfy(o -> assertThat(o.state()).as(o.message()).isEqualTo(ObjectOutcome.State.DELETED));
        assertThat(deleted.objects())
                .extracting(ObjectOutcome::kind)
                .contains(
                        "HTTPRoute",
                        "Gateway",
                        "InferencePool",
                        "GCPBackendPolicy",
                        "HealthCheckPolicy",
                        "Deployment",
                        "Service",
                        "ConfigMap",
                        "RoleBinding",
                        "Role",
                        "ServiceAccount");
        assertThat(service.workloads(MockCluster.CONTEXT)).isEmpty();
        for (String kind : List.of(
                "deployments",
                "services",
                "serviceaccounts",
                "roles",
                "rolebindings",
                "configmaps",
                "inferencepools",
                "gateways",
                "httproutes")) {
            assertThat(cluster.kubectl("get", kind, "-n", "models", "-o", "name"))
                    .as("kubectl get %s after Delete", kind)
                    .doesNotContain("gemma-2-27b-it-vllm");
        }
    }
}
