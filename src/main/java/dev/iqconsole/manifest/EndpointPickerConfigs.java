package dev.iqconsole.manifest;

import dev.iqconsole.catalog.ServerVersion;
import dev.iqconsole.catalog.ServingStack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The endpoint picker's plugin configuration and arguments as the Inference Extension's chart writes them at the
 * stack's GIE version: prefix-cache, queue and KV-cache-utilization scorers (llm-d's inference scheduling path). From
 * llm-d 0.8 the picker is llm-d Router's, configured by {@link RouterPickerConfigs}.
 */
final class EndpointPickerConfigs {

    private static final Pattern SEMVER = Pattern.compile("v?(\\d+)\\.(\\d+)");

    private EndpointPickerConfigs() {}

    /** The ConfigMap's plugin file for the stack's chart; the server's version matters to llm-d Router's only. */
    static String yaml(ServingStack.EndpointPickerConfig format, ServerVersion server) {
        return format.llmdRouter() ? RouterPickerConfigs.yaml(server) : yaml(format);
    }

    static String yaml(ServingStack.EndpointPickerConfig format) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("apiVersion", "inference.networking.x-k8s.io/v1alpha1");
        config.put("kind", "EndpointPickerConfig");
        boolean weighted = format == ServingStack.EndpointPickerConfig.GIE_V1_5;
        List<Map<String, Object>> plugins = new ArrayList<>();
        plugins.add(Map.of("type", "queue-scorer"));
        plugins.add(Map.of("type", "kv-cache-utilization-scorer"));
        plugins.add(Map.of("type", "prefix-cache-scorer"));
        if (weighted) {
            plugins.add(metricsDataSource());
            plugins.add(Map.of("type", "core-metrics-extractor"));
        }
        config.put("plugins", plugins);
        List<Map<String, Object>> refs = new ArrayList<>();
        refs.add(ref("queue-scorer", weighted ? 2 : null));
        refs.add(ref("kv-cache-utilization-scorer", weighted ? 2 : null));
        refs.add(ref("prefix-cache-scorer", weighted ? 3 : null));
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", "default");
        profile.put("plugins", refs);
        config.put("schedulingProfiles", List.of(profile));
        String yaml = ManifestYaml.serialization().asYaml(config);
        return (yaml.startsWith("---\n") ? yaml.substring(4) : yaml).stripTrailing() + "\n";
    }

    private static Map<String, Object> ref(String plugin, Integer weight) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("pluginRef", plugin);
        if (weight != null) {
            ref.put("weight", weight);
        }
        return ref;
    }

    static List<String> args(ServingStack stack, String pool, String namespace, ServerVersion server) {
        if (stack.eppConfig().llmdRouter()) {
            return RouterPickerConfigs.args(pool, namespace);
        }
        List<String> args = new ArrayList<>(List.of(
                "--pool-name",
                pool,
                "--pool-namespace",
                namespace,
                "--zap-encoder",
                "json",
                "--config-file",
                "/config/" + InferenceGateway.CONFIG_FILE));
        // vLLM 0.10 renamed the KV-cache usage gauge (llm-d guides/inference-scheduling gaie values.yaml comment)
        args.add("--kv-cache-usage-percentage-metric");
        args.add(kvCacheMetric(server.version()));
        if (stack.eppConfig() == ServingStack.EndpointPickerConfig.GIE_V1_5) {
            args.add("--tracing=false");
            args.add("--metrics-endpoint-auth=false"); // no ClusterRole for token reviews: the chart's unauthenticated
            // mode
        }
        return args;
    }

    static String kvCacheMetric(String vllmVersion) {
        Matcher m = SEMVER.matcher(vllmVersion == null ? "" : vllmVersion);
        boolean old = m.lookingAt() && Integer.parseInt(m.group(1)) == 0 && Integer.parseInt(m.group(2)) < 10;
        return old ? "vllm:gpu_cache_usage_perc" : "vllm:kv_cache_usage_perc";
    }

    /** The plugin that scrapes each model server's Prometheus metrics: GIE 1.5's and llm-d Router's configs share it. */
    static Map<String, Object> metricsDataSource() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("scheme", "http");
        parameters.put("path", ServerKind.METRICS_PATH);
        parameters.put("insecureSkipVerify", true);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("type", "metrics-data-source");
        source.put("parameters", parameters);
        return source;
    }
}
