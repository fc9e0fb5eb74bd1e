package dev.iqconsole.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * gkerecommender v1 messages as proto3 JSON (docs/reference/gke-inference-quickstart.md §4.2): lowerCamelCase, int64 {@code units} as a string,
 * absent rather than null. Field order follows the proto.
 */
final class V1Json {

    private V1Json() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FetchModelsResponse(List<String> models, String nextPageToken) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FetchModelServersResponse(List<String> modelServers, String nextPageToken) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FetchModelServerVersionsResponse(List<String> modelServerVersions, String nextPageToken) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FetchProfilesResponse(
            List<Profile> profile, PerformanceRange performanceRange, String comments, String nextPageToken) {}

    record FetchBenchmarkingDataResponse(List<Profile> profile) {}

    record FetchUseCasesResponse(List<WorkloadSpec> workloadSpecs) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FetchServingStacksResponse(List<ServingStack> servingStacks, String nextPageToken) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FetchServingStackVersionsResponse(List<String> servingStackVersions, String nextPageToken) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServingStack(String name, String version) {}

    /** GIQ's {@code ModelInfo} (SDK 549+): int32 counts, float GB and billions. */
    record ModelInfo(
            int attentionHeadsCount,
            int headDimensions,
            int hiddenLayersCount,
            int kvCacheSizePerToken,
            int kvHeadsCount,
            int maxContextLength,
            double modelSizeGb,
            double parametersBillionsCount) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ModelServerInfo(String model, String modelServer, String modelServerVersion) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Profile(
            ModelServerInfo modelServerInfo,
            String acceleratorType,
            String tpuTopology,
            String instanceType,
            ResourcesUsed resourcesUsed,
            List<PerformanceStats> performanceStats,
            ModelInfo modelInfo,
            ServingStack servingStack,
            WorkloadSpec workloadSpec) {}

    record ResourcesUsed(int acceleratorCount) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PerformanceStats(
            Double queriesPerSecond,
            Integer outputTokensPerSecond,
            Integer ntpotMilliseconds,
            Integer ttftMilliseconds,
            List<Cost> cost,
            Integer inputTokensPerSecond,
            Integer totalTokensPerSecond,
            Integer itlMilliseconds) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Cost(
            Amount costPerMillionOutputTokens,
            Amount costPerMillionInputTokens,
            String pricingModel,
            Double outputInputCostRatio) {}

    /** USD; {@code units} is int64, which proto3 JSON writes as a string. */
    record Amount(String units, int nanos) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PerformanceRange(
            Range throughputOutputRange,
            Range ttftRange,
            Range ntpotRange,
            Range itlRange,
            Range throughputInputRange,
            Range throughputRange) {}

    record Range(int min, int max) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WorkloadSpec(String useCase, Integer averageInputLength, Integer averageOutputLength) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GenerateOptimizedManifestResponse(
            List<KubernetesManifest> kubernetesManifests, List<String> comments, String manifestVersion) {}

    record KubernetesManifest(String kind, String apiVersion, String content) {}
}
