package dev.iqconsole.manifest;

import dev.iqconsole.catalog.Accelerator;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.MachineType;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.catalog.ServerVersion;
import dev.iqconsole.profile.CurvePoint;
import dev.iqconsole.profile.LatencyTargets;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileQuery;
import dev.iqconsole.profile.ProfileQueryException;
import dev.iqconsole.profile.ProfileService;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Turns a deploy request by name (model, server, accelerator) into the fully resolved {@link DeploymentPlan} the
 * manifest generator takes: catalog facts, the server image, and the autoscaling threshold from the profile's curve.
 * The deploy page and the manifest API both go through here, so both produce the same objects.
 */
@Service
public class PlanResolver {

    private final Catalog catalog;
    private final ProfileService profiles;

    PlanResolver(Catalog catalog, ProfileService profiles) {
        this.catalog = catalog;
        this.profiles = profiles;
    }

    /**
     * @throws ProfileQueryException naming the field when the model, server, version or accelerator has no profile
     */
    public ResolvedPlan resolve(PlanRequest request) {
        required("model", request.model());
        required("modelServer", request.modelServer());
        required("acceleratorType", request.acceleratorType());
        Model model = catalog.model(request.model())
                .orElseThrow(() -> ProfileQueryException.notFound(
                        "model",
                        request.model(),
                        names(catalog.models().stream().map(Model::id).toList())));
        Accelerator accelerator = catalog.accelerator(request.acceleratorType())
                .orElseThrow(() -> ProfileQueryException.notFound(
                        "acceleratorType",
                        request.acceleratorType(),
                        names(catalog.accelerators().stream()
                                .map(Accelerator::label)
                                .toList())));

        Profile atInflection =
                profileOn(request, accelerator, LatencyTargets.none()).orElseThrow(() -> noProfile(request));
        Optional<Profile> atTargets = request.targets().isEmpty()
                ? Optional.of(atInflection)
                : profileOn(request, accelerator, request.targets());
        Profile chosen = atTargets.orElse(atInflection);

        MachineType machineType = catalog.machineType(chosen.key().machineType())
                .orElseThrow(() -> new IllegalStateException("curve on unknown machine type " + chosen.key()));
        DeploymentPlan plan = new DeploymentPlan(
                model,
                serverVersion(chosen, accelerator),
                accelerator,
                machineType,
                request.namespace(),
                request.name(),
                useCaseWords(chosen),
                request.targets(),
                autoscaling(request, atTargets),
                request.modelBucketUri(),
                request.platform(),
                request.monitoring());
        return new ResolvedPlan(plan, chosen, atTargets.isPresent());
    }

    /**
     * The use case as the pages name it ({@code Chatbot (ShareGPT)}), not its API string; asked lengths are stated,
     * since they, not the use case's, shaped the profile.
     */
    static String useCaseWords(Profile chosen) {
        var useCase = chosen.useCase();
        if (useCase == null) {
            return chosen.key().useCase();
        }
        return useCase.lengths() == dev.iqconsole.catalog.UseCase.Lengths.ASKED
                ? useCase.displayName() + ", " + useCase.describeLengths()
                : useCase.displayName();
    }

    private Optional<Profile> profileOn(PlanRequest request, Accelerator accelerator, LatencyTargets targets) {
        var query = profilesOf(request)
                .targetNtpotMs(targets.ntpotMs())
                .targetTtftMs(targets.ttftMs())
                .targetItlMs(targets.itlMs())
                .build();
        return profiles.fetch(query).profiles().stream()
                .filter(p -> p.key().accelerator().equals(accelerator.label()))
                .filter(p -> request.machineType() == null
                        || request.machineType().isBlank()
                        || p.key().machineType().equals(request.machineType()))
                .findFirst();
    }

    private static ProfileQuery.Builder profilesOf(PlanRequest request) {
        return ProfileQuery.builder()
                .model(request.model())
                .modelServer(request.modelServer())
                .modelServerVersion(request.modelServerVersion())
                .useCase(
                        (request.useCase() == null || request.useCase().isBlank())
                                        && request.averageInputLength() == null
                                ? ProfileService.DEFAULT_USE_CASE
                                : request.useCase())
                .averageLengths(request.averageInputLength(), request.averageOutputLength())
                .pricingModel(request.pricingModel());
    }

    private ProfileQueryException noProfile(PlanRequest request) {
        List<String> offered = profiles.fetch(profilesOf(request).build()).profiles().stream()
                .map(p -> p.key().accelerator() + " (" + p.key().machineType() + ")")
                .distinct()
                .toList();
        return ProfileQueryException.invalid(
                "acceleratorType",
                "no profile of " + request.model() + " with " + request.modelServer() + " on '"
                        + request.acceleratorType()
                        + (request.machineType() == null
                                        || request.machineType().isBlank()
                                ? ""
                                : "' / machine type '" + request.machineType())
                        + "'. Profiles exist on: " + (offered.isEmpty() ? "none" : String.join(", ", offered)));
    }

    /** The profile's own version; a published profile without a version runs the server's latest release. */
    private ServerVersion serverVersion(Profile profile, Accelerator accelerator) {
        String server = profile.key().modelServer();
        String version = profile.key().serverVersion();
        List<ServerVersion> ofFamily = catalog.serverVersions(server).stream()
                .filter(v -> v.family() == accelerator.family())
                .toList();
        return ofFamily.stream()
                .filter(v -> v.version().equals(version))
                .findFirst()
                .or(() -> ofFamily.stream().findFirst())
                .orElseThrow(() -> ProfileQueryException.invalid(
                        "modelServer",
                        server + " has no image for " + accelerator.family() + " accelerators in the catalog"));
    }

    /**
     * With targets the profile meets, the HPA holds each replica near the concurrency of the operating point. By
     * Little's law that is output tokens/s x seconds per output token (NTPOT), independent of the request rate.
     */
    private static Autoscaling autoscaling(PlanRequest request, Optional<Profile> atTargets) {
        int maxReplicas = Math.max(1, request.maxReplicas());
        if (!request.autoscaling() || request.targets().isEmpty()) {
            return Autoscaling.OFF;
        }
        if (atTargets.isEmpty()) {
            return Autoscaling.targetNotMet(maxReplicas);
        }
        CurvePoint point = atTargets.get().at().point();
        return Autoscaling.toMeetTarget(maxReplicas, concurrency(point));
    }

    static double concurrency(CurvePoint point) {
        return point.outputTokensPerSecond() * point.ntpotMs() / 1000.0;
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProfileQueryException.invalid(field, "is required");
        }
    }

    private static String names(List<String> values) {
        return values.stream().collect(Collectors.joining(", "));
    }
}
