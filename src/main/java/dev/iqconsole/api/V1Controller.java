package dev.iqconsole.api;

import dev.iqconsole.profile.BenchmarkCurve;
import dev.iqconsole.profile.BenchmarkQuery;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileQuery;
import dev.iqconsole.profile.ProfileResult;
import dev.iqconsole.profile.ProfileService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** gkerecommender v1 (docs/reference/gke-inference-quickstart.md §4.1), what {@code gcloud container ai profiles} (GA) and Google's clients call. */
@RestController
class V1Controller {

    private final ProfileService profiles;
    private final JsonResponses json;
    private final StackedProfiles stacked;

    V1Controller(ProfileService profiles, JsonResponses json, StackedProfiles stacked) {
        this.profiles = profiles;
        this.json = json;
        this.stacked = stacked;
    }

    @GetMapping("/v1/models:fetch")
    ResponseEntity<String> models(HttpServletRequest request) {
        var params = new QueryParams(request);
        var page = Paging.page(profiles.modelsWithProfiles(), params.int32("pageSize"), params.text("pageToken"));
        return json.ok(new V1Json.FetchModelsResponse(page.items(), page.nextPageToken()));
    }

    @GetMapping("/v1/modelServers:fetch")
    ResponseEntity<String> modelServers(HttpServletRequest request) {
        var params = new QueryParams(request);
        var page = Paging.page(
                profiles.modelServers(params.text("model")), params.int32("pageSize"), params.text("pageToken"));
        return json.ok(new V1Json.FetchModelServersResponse(page.items(), page.nextPageToken()));
    }

    @GetMapping("/v1/modelServerVersions:fetch")
    ResponseEntity<String> modelServerVersions(HttpServletRequest request) {
        var params = new QueryParams(request);
        var versions = profiles.modelServerVersions(params.text("model"), params.text("modelServer"));
        var page = Paging.page(versions, params.int32("pageSize"), params.text("pageToken"));
        return json.ok(new V1Json.FetchModelServerVersionsResponse(page.items(), page.nextPageToken()));
    }

    @PostMapping("/v1/profiles:fetch")
    ResponseEntity<String> profiles(@RequestBody(required = false) String body) {
        JsonBody request = json.body(body);
        JsonBody requirements = request.object("performanceRequirements");
        JsonBody targetCost = requirements.object("targetCost");
        JsonBody workload = request.object("workloadSpec");
        ProfileQuery query = ProfileQuery.builder()
                .model(request.text("model"))
                .modelServer(request.text("modelServer"))
                .modelServerVersion(request.text("modelServerVersion"))
                .targetNtpotMs(asDouble(requirements.int32("targetNtpotMilliseconds")))
                .targetTtftMs(asDouble(requirements.int32("targetTtftMilliseconds")))
                .targetItlMs(asDouble(requirements.int32("targetItlMilliseconds")))
                .targetUsdPerMillionOutput(targetCost.amount("costPerMillionOutputTokens"))
                .targetUsdPerMillionInput(targetCost.amount("costPerMillionInputTokens"))
                .pricingModel(targetCost.text("pricingModel"))
                .outputInputCostRatio(targetCost.number("outputInputCostRatio"))
                .useCase(workload.text("useCase"))
                .averageLengths(workload.int32("averageInputLength"), workload.int32("averageOutputLength"))
                .build();
        Integer pageSize = request.int32("pageSize");
        String pageToken = request.text("pageToken");
        StackSelection stack = stacked.selection(request.object("servingStack"));
        request.rejectUnknownFields();

        ProfileResult result = profiles.fetch(query);
        var rows = stacked.expand(result.profiles(), Profile::key, stack);
        var page = Paging.page(rows, pageSize, pageToken);
        return json.ok(new V1Json.FetchProfilesResponse(
                page.items().stream().map(stacked::profile).toList(),
                stacked.range(rows, result, stack),
                stacked.comment(rows, result, stack),
                page.nextPageToken()));
    }

    @PostMapping("/v1/benchmarkingData:fetch")
    ResponseEntity<String> benchmarkingData(@RequestBody(required = false) String body) {
        JsonBody request = json.body(body);
        JsonBody server = request.object("modelServerInfo");
        var query = new BenchmarkQuery(
                server.text("model"),
                server.text("modelServer"),
                server.text("modelServerVersion"),
                request.text("instanceType"),
                request.text("pricingModel"),
                request.text("useCase"),
                null);
        StackSelection stack = stacked.selection(request.object("servingStack"));
        request.rejectUnknownFields();
        var curves = stacked.expand(profiles.benchmarks(query), BenchmarkCurve::key, stack);
        return json.ok(new V1Json.FetchBenchmarkingDataResponse(
                curves.stream().map(stacked::benchmark).toList()));
    }

    @PostMapping("/v1/useCases:fetch")
    ResponseEntity<String> useCases(@RequestBody(required = false) String body) {
        json.body(body);
        return json.ok(new V1Json.FetchUseCasesResponse(profiles.useCases().stream()
                .map(u -> new V1Json.WorkloadSpec(u.displayName(), u.averageInputTokens(), u.averageOutputTokens()))
                .toList()));
    }

    private static Double asDouble(Integer value) {
        return value == null ? null : value.doubleValue();
    }
}
