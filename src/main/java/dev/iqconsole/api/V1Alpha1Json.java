package dev.iqconsole.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** gkerecommender v1alpha1 messages, what {@code gcloud alpha container ai profiles} reads (docs/reference/gke-inference-quickstart.md §4.3). */
final class V1Alpha1Json {

    private V1Alpha1Json() {}

    record ListModelsResponse(List<String> modelNames) {}

    record ListModelServersResponse(List<String> modelServerNames) {}

    record ListModelServerVersionsResponse(List<String> modelServerVersions) {}

    record ListModelAndServerCombinationsResponse(List<ModelAndModelServerInfo> modelAndModelServerInfo) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ModelAndModelServerInfo(String modelName, String modelServerName, String modelServerVersion) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ListCompatibleAcceleratorProfilesResponse(
            List<AcceleratorOption> acceleratorOptions,
            String comments,
            Integer maxNtpotMilliseconds,
            Integer minNtpotMilliseconds,
            Integer maxThroughputTokensPerSecond,
            Integer minThroughputTokensPerSecond) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AcceleratorOption(
            String acceleratorType,
            String machineType,
            ModelAndModelServerInfo modelAndModelServerInfo,
            PerformanceStats performanceStats,
            V1Json.ResourcesUsed resourcesUsed,
            String tpuTopology) {}

    /** v1alpha1 has one cost (not a list) and an integer QPS. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PerformanceStats(
            Cost cost,
            Integer inputTokensPerSecond,
            Integer ntpotMilliseconds,
            Integer outputTokensPerSecond,
            Integer queriesPerSecond) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Cost(
            V1Json.Amount costPerMillionInputTokens,
            V1Json.Amount costPerMillionNormalizedOutputTokens,
            Double outputToInputCostRatio,
            String pricingModel) {}

    /** v1alpha1 names the list {@code k8sManifests} and has no {@code manifestVersion}. */
    record GenerateOptimizedManifestResponse(List<String> comments, List<K8sManifest> k8sManifests) {}

    record K8sManifest(String apiVersion, String content, String kind) {}
}
