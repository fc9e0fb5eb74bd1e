package dev.iqconsole.api;

import dev.iqconsole.profile.ProfileQuery;
import dev.iqconsole.profile.ProfileResult;
import dev.iqconsole.profile.ProfileService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * gkerecommender v1alpha1 (docs/reference/gke-inference-quickstart.md §4.3), what the preinstalled {@code gcloud alpha container ai profiles}
 * calls. Its generated client has defaults {@code ANY} (any server or version), {@code LATEST}, and 999999 ms for
 * "no NTPOT limit"; they mean the same here.
 */
@RestController
class V1Alpha1Controller {

    /** v1alpha1's documented default for {@code maxNtpotMilliseconds}: no limit. */
    static final int NO_NTPOT_LIMIT = 999_999;

    private final ProfileService profiles;
    private final JsonResponses json;

    V1Alpha1Controller(ProfileService profiles, JsonResponses json) {
        this.profiles = profiles;
        this.json = json;
    }

    @GetMapping("/v1alpha1/models")
    ResponseEntity<String> models() {
        return json.ok(new V1Alpha1Json.ListModelsResponse(profiles.modelsWithProfiles()));
    }

    @GetMapping("/v1alpha1/modelServers")
    ResponseEntity<String> modelServers(HttpServletRequest request) {
        var params = new QueryParams(request);
        return json.ok(new V1Alpha1Json.ListModelServersResponse(profiles.modelServers(params.text("modelName"))));
    }

    @GetMapping("/v1alpha1/modelServers/{modelServerName}/versions")
    ResponseEntity<String> modelServerVersions(@PathVariable String modelServerName, HttpServletRequest request) {
        var params = new QueryParams(request);
        return json.ok(new V1Alpha1Json.ListModelServerVersionsResponse(
                profiles.modelServerVersions(params.text("modelName"), modelServerName)));
    }

    @GetMapping("/v1alpha1/modelsAndServers")
    ResponseEntity<String> modelsAndServers(HttpServletRequest request) {
        var params = new QueryParams(request);
        var setups = profiles.serverSetups(
                any(params.text("modelName")), any(params.text("modelServerName")), version(params, null));
        return json.ok(new V1Alpha1Json.ListModelAndServerCombinationsResponse(setups.stream()
                .map(s -> new V1Alpha1Json.ModelAndModelServerInfo(s.model(), s.modelServer(), s.modelServerVersion()))
                .toList()));
    }

    @GetMapping("/v1alpha1/accelerators")
    ResponseEntity<String> accelerators(HttpServletRequest request) {
        var params = new QueryParams(request);
        String cost = "performanceRequirements.cost.";
        Integer maxNtpot = firstOf(params, "performanceRequirements.maxNtpotMilliseconds");
        ProfileQuery query = ProfileQuery.builder()
                .model(params.required("modelName"))
                .modelServer(any(params.text("modelServerName")))
                .modelServerVersion(version(params, null))
                .useCase(ProfileService.DEFAULT_USE_CASE) // v1alpha1 predates use cases: GIQ's default
                .targetNtpotMs(maxNtpot == null || maxNtpot == NO_NTPOT_LIMIT ? null : maxNtpot.doubleValue())
                .pricingModel(params.text(cost + "pricingModel"))
                .targetUsdPerMillionOutput(params.amount(cost + "costPerMillionNormalizedOutputTokens"))
                .targetUsdPerMillionInput(params.amount(cost + "costPerMillionInputTokens"))
                .outputInputCostRatio(params.number(cost + "outputToInputCostRatio"))
                .build();
        ProfileResult result = profiles.fetch(query);
        var range = result.range();
        return json.ok(new V1Alpha1Json.ListCompatibleAcceleratorProfilesResponse(
                result.profiles().stream().map(JsonMapping::acceleratorOption).toList(),
                result.comment().isEmpty() ? null : result.comment(),
                range.ntpotMs().isKnown() ? JsonMapping.int32(range.ntpotMs().max()) : null,
                range.ntpotMs().isKnown() ? JsonMapping.int32(range.ntpotMs().min()) : null,
                range.outputTokensPerSecond().isKnown()
                        ? JsonMapping.int32(range.outputTokensPerSecond().max())
                        : null,
                range.outputTokensPerSecond().isKnown()
                        ? JsonMapping.int32(range.outputTokensPerSecond().min())
                        : null));
    }

    /** apitools names the nested query field with a dot; accept the underscore form of its Python name too. */
    private static Integer firstOf(QueryParams params, String dotted) {
        Integer value = params.int32(dotted);
        return value != null ? value : params.int32(dotted.replace('.', '_'));
    }

    private static String any(String value) {
        return value == null || value.equalsIgnoreCase("ANY") ? null : value;
    }

    private static String version(QueryParams params, String whenAbsent) {
        String value = params.text("modelServerVersion");
        if (value == null) {
            return whenAbsent;
        }
        return value.equalsIgnoreCase("ANY") ? "all" : value;
    }
}
