package dev.iqconsole.manifest;

import dev.iqconsole.catalog.ServingStack;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * llm-d's "inference scheduling" well-lit path around the plan's vLLM replicas: an InferencePool over the replicas,
 * an endpoint picker (ServiceAccount, Role, RoleBinding, ConfigMap, Deployment, Service) that scores them by prefix
 * cache and load, a Gateway, an HTTPRoute from the Gateway to the pool and, on GKE, the health check and backend
 * policies of the chart. Shapes follow the Inference Extension's {@code inferencepool} Helm chart at the stack's GIE
 * version up to llm-d 0.7 (kubernetes-sigs/gateway-api-inference-extension config/charts, tags v1.0.0, v1.5.0), and
 * llm-d Router's {@code llm-d-router-gateway} chart from llm-d 0.8 (llm-d/llm-d-router config/charts, tags v0.9.0,
 * v0.10.0).
 */
final class InferenceGateway {

    static final String POOL_GROUP = "inference.networking.k8s.io";
    static final String GATEWAY_API = "gateway.networking.k8s.io/v1";
    static final int EXT_PROC_PORT = 9002;
    static final int HEALTH_PORT = 9003;
    static final int EPP_METRICS_PORT = 9090;
    static final String CONFIG_FILE = "default-plugins.yaml";

    /** llm-d's inference-scheduling guide runs two vLLM replicas (ms-inference-scheduling/values.yaml decode). */
    static final int REPLICAS = 2;

    private final Resolved r;
    private final ServingStack stack;
    private final String gatewayClass;
    private final EndpointPicker picker;

    InferenceGateway(Resolved r, ServingStackPlan plan) {
        this.r = r;
        this.stack = plan.stack();
        this.gatewayClass = plan.gatewayClass(r.plan().platform());
        this.picker = new EndpointPicker(this, r, stack);
    }

    String eppName() {
        return r.names().base() + "-epp";
    }

    String poolName() {
        return r.names().base() + "-pool";
    }

    String gatewayName() {
        return r.names().base() + "-gateway";
    }

    String routeName() {
        return r.names().base() + "-route";
    }

    /** The base objects with the vLLM Deployment adjusted, then the stack's objects. */
    List<HasMetadata> objects(List<HasMetadata> base) {
        List<HasMetadata> objects = new ArrayList<>();
        for (HasMetadata object : base) {
            objects.add(
                    object instanceof Deployment d
                            ? servingReplicas(d)
                            : object instanceof HorizontalPodAutoscaler hpa ? keepReplicasToRouteBetween(hpa) : object);
        }
        objects.add(picker.serviceAccount());
        objects.add(picker.role());
        objects.add(picker.roleBinding());
        objects.add(picker.config());
        objects.add(picker.eppDeployment());
        objects.add(picker.eppService());
        objects.add(inferencePool());
        objects.add(gateway());
        objects.add(httpRoute());
        if (r.gke()) {
            objects.add(gkePolicy("HealthCheckPolicy", healthCheck()));
            objects.add(gkePolicy("GCPBackendPolicy", backend()));
        }
        return objects;
    }

    /** Two replicas to route between, and vLLM's prefix cache on (the default of vLLM's V1 engine, explicit here). */
    private Deployment servingReplicas(Deployment deployment) {
        return new DeploymentBuilder(deployment)
                .editSpec()
                .withReplicas(REPLICAS)
                .editTemplate()
                .editSpec()
                .editMatchingContainer(c -> c.getName().equals(InferencePod.CONTAINER))
                .addToArgs("--enable-prefix-caching")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    /**
     * The HPA scales the replicas, never below the ones the picker routes between (or its maximum, if lower): one
     * replica would leave the picker nothing to choose.
     */
    private static HorizontalPodAutoscaler keepReplicasToRouteBetween(HorizontalPodAutoscaler hpa) {
        return new HorizontalPodAutoscalerBuilder(hpa)
                .editSpec()
                .withMinReplicas(Math.min(REPLICAS, hpa.getSpec().getMaxReplicas()))
                .endSpec()
                .build();
    }

    ObjectMeta metadata(String name) {
        return new ObjectMetaBuilder()
                .withName(name)
                .withNamespace(r.plan().namespace())
                .withLabels(r.names().commonLabels())
                .build();
    }

    private GenericKubernetesResource inferencePool() {
        Map<String, Object> endpointPicker = new LinkedHashMap<>();
        endpointPicker.put("name", eppName());
        endpointPicker.put("port", Map.of("number", EXT_PROC_PORT));
        // llm-d Router's chart (and llm-d's guides) let requests through when the picker does not answer
        endpointPicker.put("failureMode", router() ? "FailOpen" : "FailClose");
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("selector", Map.of("matchLabels", r.names().selector()));
        spec.put("targetPorts", List.of(Map.of("number", ServerKind.PORT)));
        if (router()) {
            spec.put("appProtocol", "http");
        }
        spec.put("endpointPickerRef", endpointPicker);
        return custom(stack.inferencePoolApi(), "InferencePool", poolName(), spec);
    }

    private GenericKubernetesResource gateway() {
        Map<String, Object> listener = new LinkedHashMap<>();
        listener.put("name", "http");
        listener.put("port", 80);
        listener.put("protocol", "HTTP");
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("gatewayClassName", gatewayClass);
        spec.put("listeners", List.of(listener));
        return custom(GATEWAY_API, "Gateway", gatewayName(), spec);
    }

    private GenericKubernetesResource httpRoute() {
        Map<String, Object> parent = new LinkedHashMap<>();
        parent.put("group", "gateway.networking.k8s.io");
        parent.put("kind", "Gateway");
        parent.put("name", gatewayName());
        Map<String, Object> backend = new LinkedHashMap<>();
        backend.put("group", POOL_GROUP);
        backend.put("kind", "InferencePool");
        backend.put("name", poolName());
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("backendRefs", List.of(backend));
        // an ordered map: Map.of's order changes from one JVM to the next, and the YAML must not
        Map<String, Object> path = new LinkedHashMap<>();
        path.put("type", "PathPrefix");
        path.put("value", "/");
        rule.put("matches", List.of(Map.of("path", path)));
        if (router() && !r.gke()) {
            // llm-d Router's chart: a 5-minute request timeout, except on GKE, whose Gateway takes the backend
            // policy's timeoutSec instead
            rule.put("timeouts", Map.of("request", "300s"));
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("parentRefs", List.of(parent));
        spec.put("rules", List.of(rule));
        return custom(GATEWAY_API, "HTTPRoute", routeName(), spec);
    }

    private Map<String, Object> healthCheck() {
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("requestPath", ServerKind.HEALTH_PATH);
        http.put("port", ServerKind.PORT);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", "HTTP");
        config.put("httpHealthCheck", http);
        if (!router()) {
            return Map.of("config", config);
        }
        // llm-d Router's chart checks every 2 s, for a fast switch-over while the picker rolls out
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("timeoutSec", 2);
        defaults.put("checkIntervalSec", 2);
        defaults.put("config", config);
        return defaults;
    }

    /** A 5-minute timeout; llm-d Router's chart also logs every request. */
    private Map<String, Object> backend() {
        if (!router()) {
            return Map.of("timeoutSec", 300);
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("timeoutSec", 300);
        defaults.put("logging", Map.of("enabled", true));
        return defaults;
    }

    private boolean router() {
        return stack.eppConfig().llmdRouter();
    }

    /** GKE's load balancer settings for the pool (GIE chart gke.yaml): health check and a 5-minute timeout. */
    private GenericKubernetesResource gkePolicy(String kind, Map<String, Object> defaults) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("group", POOL_GROUP);
        target.put("kind", "InferencePool");
        target.put("name", poolName());
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("targetRef", target);
        spec.put("default", defaults);
        return custom("networking.gke.io/v1", kind, poolName(), spec);
    }

    private GenericKubernetesResource custom(String apiVersion, String kind, String name, Map<String, Object> spec) {
        return new GenericKubernetesResourceBuilder()
                .withApiVersion(apiVersion)
                .withKind(kind)
                .withMetadata(metadata(name))
                .addToAdditionalProperties("spec", spec)
                .build();
    }
}
