package dev.iqconsole.api;

import java.util.Map;

/**
 * How each API version names the request fields of {@code GenerateOptimizedManifest}, so that an error names the
 * field the client actually sent rather than the name the profiles engine or the manifest generator uses inside.
 */
record ManifestFields(Map<String, String> apiNames) {

    static final ManifestFields V1 = new ManifestFields(Map.ofEntries(
            Map.entry("model", "modelServerInfo.model"),
            Map.entry("modelServer", "modelServerInfo.modelServer"),
            Map.entry("modelServerVersion", "modelServerInfo.modelServerVersion"),
            Map.entry("targetNtpotMilliseconds", "performanceRequirements.targetNtpotMilliseconds"),
            Map.entry("targetTtftMilliseconds", "performanceRequirements.targetTtftMilliseconds"),
            Map.entry("targetItlMilliseconds", "performanceRequirements.targetItlMilliseconds"),
            Map.entry("targets.ntpotMs", "performanceRequirements.targetNtpotMilliseconds"),
            Map.entry("targets.ttftMs", "performanceRequirements.targetTtftMilliseconds"),
            Map.entry("targets.itlMs", "performanceRequirements.targetItlMilliseconds"),
            Map.entry("namespace", "kubernetesNamespace"),
            Map.entry("modelBucketUri", "storageConfig.modelBucketUri"),
            // the API has no machine type: it follows from the accelerator's profile
            Map.entry("machineType", "acceleratorType")));

    /** v1alpha1 as gcloud alpha sends it: flattened query parameters (docs/reference/gke-inference-quickstart.md §3.7, §4.3: observed from gcloud 528 against a server). */
    static final ManifestFields V1ALPHA1 = new ManifestFields(Map.ofEntries(
            Map.entry("model", "modelAndModelServerInfo.modelName"),
            Map.entry("modelServer", "modelAndModelServerInfo.modelServerName"),
            Map.entry("modelServerVersion", "modelAndModelServerInfo.modelServerVersion"),
            Map.entry("targets.ntpotMs", "targetNtpotMilliseconds"),
            Map.entry("namespace", "kubernetesNamespace"),
            Map.entry("modelBucketUri", "storageConfig.modelBucketUri"),
            Map.entry("machineType", "acceleratorType")));

    String apiName(String field) {
        return apiNames.getOrDefault(field, field);
    }
}
