package dev.iqconsole.api;

import dev.iqconsole.catalog.ServingStacks;
import dev.iqconsole.manifest.Monitoring;
import dev.iqconsole.manifest.PlanRequest;
import dev.iqconsole.manifest.TargetPlatform;
import dev.iqconsole.profile.LatencyTargets;
import dev.iqconsole.profile.ProfileQueryException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GenerateOptimizedManifest} (docs/reference/gke-inference-quickstart.md §3.7, §4.2, §4.3): v1 {@code POST /v1/optimizedManifest:generate}
 * for {@code gcloud container ai profiles manifests create} and Google's clients, v1alpha1 {@code GET
 * /v1alpha1/optimizedManifest} for the preinstalled {@code gcloud alpha}. Both return the objects the deploy page
 * would apply, with the same comments; gcloud itself prints them and handles {@code --output} and {@code
 * --output-path}.
 */
@RestController
class ManifestController {

    private final Manifests manifests;
    private final JsonResponses json;
    private final ServingStacks stacks;

    ManifestController(Manifests manifests, JsonResponses json, ServingStacks stacks) {
        this.manifests = manifests;
        this.json = json;
        this.stacks = stacks;
    }

    @PostMapping("/v1/optimizedManifest:generate")
    ResponseEntity<String> generate(@RequestBody(required = false) String body) {
        var fields = ManifestFields.V1;
        JsonBody request = json.body(body);
        JsonBody server = request.object("modelServerInfo");
        JsonBody requirements = request.object("performanceRequirements");
        JsonBody storage = request.object("storageConfig");
        JsonBody servingStack = request.object("servingStack");
        Manifests.required(fields, "model", server.text("model"));
        Manifests.required(fields, "modelServer", server.text("modelServer"));
        Manifests.required(fields, "acceleratorType", request.text("acceleratorType"));
        // unset: the Deployment and Service without a serving stack (gcloud: "defaults to none")
        StackSelection stack = StackSelection.read(servingStack, "servingStack", stacks);
        List<String> notes = new ArrayList<>();
        if (requirements.has("targetCost")) {
            notes.add("performanceRequirements.targetCost was not used: cost targets do not shape the manifests"
                    + " (as in GKE Inference Quickstart, only latency targets size the autoscaler).");
        }
        if (storage.text("xlaCacheBucketUri") != null) {
            notes.add("storageConfig.xlaCacheBucketUri was not used: the XLA compilation cache is kept on the pod's"
                    + " own volume.");
        }
        var targets = new LatencyTargets(
                millis(requirements.int32("targetNtpotMilliseconds")),
                millis(requirements.int32("targetTtftMilliseconds")),
                millis(requirements.int32("targetItlMilliseconds")));
        var plan = giqRequest(
                        server.text("model"), server.text("modelServer"), request.text("acceleratorType"), targets)
                .modelServerVersion(server.text("modelServerVersion"))
                .namespace(request.text("kubernetesNamespace"))
                .useCase(request.text("useCase"))
                .modelBucketUri(storage.text("modelBucketUri"))
                .monitoring(monitoring(request.text("monitoring")))
                .build();

        var generated = manifests.generate(plan, fields, notes, stack);
        var set = generated.manifests();
        return json.ok(new V1Json.GenerateOptimizedManifestResponse(
                set.documents().stream()
                        .map(d -> new V1Json.KubernetesManifest(d.kind(), d.apiVersion(), d.content()))
                        .toList(),
                generated.comments(),
                set.manifestVersion()));
    }

    /** The query parameters captured from gcloud 528 ({@code alt=json} and defaults included, see the record). */
    @GetMapping("/v1alpha1/optimizedManifest")
    ResponseEntity<String> generateAlpha(HttpServletRequest request) {
        var fields = ManifestFields.V1ALPHA1;
        var params = new QueryParams(request);
        String model = nested(params, "modelAndModelServerInfo.modelName");
        String server = nested(params, "modelAndModelServerInfo.modelServerName");
        Manifests.required(fields, "model", model);
        Manifests.required(fields, "modelServer", server);
        Manifests.required(fields, "acceleratorType", params.text("acceleratorType"));
        String version = nested(params, "modelAndModelServerInfo.modelServerVersion");
        var targets = new LatencyTargets(millis(params.int32("targetNtpotMilliseconds")), null, null);
        var plan = giqRequest(model, server, params.text("acceleratorType"), targets)
                .modelServerVersion(version == null || version.equalsIgnoreCase("ANY") ? null : version)
                .namespace(params.text("kubernetesNamespace"))
                .modelBucketUri(nested(params, "storageConfig.modelBucketUri"))
                .monitoring(monitoring(params.text("monitoring")))
                .build();

        var generated = manifests.generate(plan, fields, List.of());
        return json.ok(new V1Alpha1Json.GenerateOptimizedManifestResponse(
                generated.comments(),
                generated.manifests().documents().stream()
                        .map(d -> new V1Alpha1Json.K8sManifest(d.apiVersion(), d.content(), d.kind()))
                        .toList()));
    }

    /** GIQ's semantics: manifests for GKE, with an HPA exactly when a latency target is given and the profile meets it. */
    private static PlanRequest.Builder giqRequest(
            String model, String server, String accelerator, LatencyTargets targets) {
        return PlanRequest.builder(model, server, accelerator)
                .targets(targets)
                .autoscaling(!targets.isEmpty(), Manifests.MAX_REPLICAS)
                .platform(TargetPlatform.GKE);
    }

    /**
     * This console's extension, not a GIQ field: {@code monitoring} = {@code pod-monitoring} (unset: GIQ's
     * PodMonitoring), {@code service-monitor} or {@code none}, for clusters without Managed Prometheus.
     */
    private static Monitoring monitoring(String value) {
        if (value == null || value.isBlank()) {
            return Monitoring.POD_MONITORING;
        }
        return Monitoring.parse(value)
                .orElseThrow(() -> ProfileQueryException.invalid(
                        "monitoring",
                        ProfileQueryException.quoted(value) + " is not a monitoring option; use one of "
                                + Monitoring.allowedIds()));
    }

    /** apitools sends the dotted name; accept the underscore form of its Python field name too. */
    private static String nested(QueryParams params, String dotted) {
        String value = params.text(dotted);
        return value != null ? value : params.text(dotted.replace('.', '_'));
    }

    private static Double millis(Integer value) {
        return value == null ? null : value.doubleValue();
    }
}
