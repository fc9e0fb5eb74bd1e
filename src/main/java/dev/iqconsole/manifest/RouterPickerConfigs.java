package dev.iqconsole.manifest;

import dev.iqconsole.catalog.ServerVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * llm-d Router's endpoint picker (llm-d 0.8 and later) as its {@code llm-d-router-gateway} chart renders it by default:
 * the ConfigMap's {@code default-plugins.yaml} and the container's arguments (llm-d/llm-d-router
 * config/charts/routerlib/templates/_config.yaml and _deployment.yaml at tags v0.9.0 and v0.10.0, which agree on both).
 */
final class RouterPickerConfigs {

    /** The pool's API group, passed explicitly by the chart. */
    private static final String POOL_GROUP = InferenceGateway.POOL_GROUP;

    private RouterPickerConfigs() {}

    /**
     * The chart's default plugins. vLLM before 0.10 names its KV-cache gauge {@code vllm:gpu_cache_usage_perc}; the
     * picker no longer takes the metric as a flag (it refuses {@code --kv-cache-usage-percentage-metric}), so for such
     * a server the extractor gets vLLM's engine config with that one name changed (the router's built-in vLLM names
     * otherwise: pkg/epp/framework/plugins/datalayer/extractor/metrics/factories.go).
     */
    static String yaml(ServerVersion server) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("apiVersion", "llm-d.ai/v1alpha1");
        config.put("kind", "EndpointPickerConfig");
        List<Map<String, Object>> plugins = new ArrayList<>();
        plugins.add(Map.of("type", "queue-scorer"));
        plugins.add(Map.of("type", "kv-cache-utilization-scorer"));
        plugins.add(Map.of("type", "prefix-cache-scorer"));
        plugins.add(EndpointPickerConfigs.metricsDataSource());
        plugins.add(extractor(EndpointPickerConfigs.kvCacheMetric(server.version())));
        config.put("plugins", plugins);
        List<Map<String, Object>> refs = new ArrayList<>();
        refs.add(ref("queue-scorer", 2));
        refs.add(ref("kv-cache-utilization-scorer", 2));
        refs.add(ref("prefix-cache-scorer", 3));
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", "default");
        profile.put("plugins", refs);
        config.put("schedulingProfiles", List.of(profile));
        String yaml = ManifestYaml.serialization().asYaml(config);
        return (yaml.startsWith("---\n") ? yaml.substring(4) : yaml).stripTrailing() + "\n";
    }

    private static Map<String, Object> extractor(String kvMetric) {
        Map<String, Object> extractor = new LinkedHashMap<>();
        extractor.put("type", "core-metrics-extractor");
        if (!"vllm:kv_cache_usage_perc".equals(kvMetric)) {
            Map<String, Object> vllm = new LinkedHashMap<>();
            vllm.put("name", "vllm");
            vllm.put("queuedRequestsSpec", "vllm:num_requests_waiting");
            vllm.put("runningRequestsSpec", "vllm:num_requests_running");
            vllm.put("kvUsageSpec", kvMetric);
            vllm.put("loraSpec", "vllm:lora_requests_info");
            vllm.put("cacheInfoSpec", "vllm:cache_config_info");
            extractor.put("parameters", Map.of("engineConfigs", List.of(vllm)));
        }
        return extractor;
    }

    private static Map<String, Object> ref(String plugin, int weight) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("pluginRef", plugin);
        ref.put("weight", weight);
        return ref;
    }

    /**
     * The chart's arguments for a picker in front of an InferencePool. {@code --metrics-endpoint-auth=false} is the
     * chart's {@code router.monitoring.prometheus.auth.enabled=false} (llm-d's monitoring values set it too): with
     * authentication the picker reviews scrapers' tokens, which needs a ClusterRole, and the console applies
     * namespaced objects only.
     */
    static List<String> args(String pool, String namespace) {
        return List.of(
                "--pool-name",
                pool,
                "--pool-namespace",
                namespace,
                "--pool-group",
                POOL_GROUP,
                "--zap-encoder",
                "json",
                "--config-file",
                "/config/" + InferenceGateway.CONFIG_FILE,
                "--grpc-health-port",
                String.valueOf(InferenceGateway.HEALTH_PORT),
                "--tracing=false",
                "--metrics-endpoint-auth=false");
    }
}
