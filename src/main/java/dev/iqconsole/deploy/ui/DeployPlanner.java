package dev.iqconsole.deploy.ui;

import dev.iqconsole.deploy.DeployRequest;
import dev.iqconsole.deploy.DeployService;
import dev.iqconsole.deploy.HfToken;
import dev.iqconsole.manifest.DeploymentPlan;
import dev.iqconsole.manifest.InvalidPlanException;
import dev.iqconsole.manifest.InvalidPlanException.Problem;
import dev.iqconsole.manifest.ManifestService;
import dev.iqconsole.manifest.ManifestSet;
import dev.iqconsole.manifest.PlanRequest;
import dev.iqconsole.manifest.PlanResolver;
import dev.iqconsole.manifest.ResolvedPlan;
import dev.iqconsole.manifest.ServingStackPlan;
import dev.iqconsole.profile.LatencyTargets;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileKey;
import dev.iqconsole.profile.ProfileQuery;
import dev.iqconsole.profile.ProfileResult;
import dev.iqconsole.profile.ProfileService;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The deploy page's questions to the engine: the recommendation for its settings, the chosen profile's plan and
 * manifests, the alternatives, and the deploy request. Everything goes through {@link PlanResolver} and {@link
 * ManifestService}, so the page shows and applies exactly what the manifest API would generate.
 */
@Component
class DeployPlanner {

    /** Label the manifest generator puts on every object with the base name; it names the deployment in history. */
    static final String INSTANCE_LABEL = "app.kubernetes.io/instance";

    private final ProfileService profiles;
    private final PlanResolver resolver;
    private final ManifestService manifests;

    DeployPlanner(ProfileService profiles, PlanResolver resolver, ManifestService manifests) {
        this.profiles = profiles;
        this.resolver = resolver;
        this.manifests = manifests;
    }

    /** Every server of the model that has profiles. */
    List<String> servers(String model) {
        return profiles.modelServers(model);
    }

    /** Versions of the server with profiles for the model, newest first. */
    List<String> versions(String model, String server) {
        return profiles.modelServerVersions(model, server);
    }

    /** The model's profiles with no target for the workload, for the machine type choices. */
    List<Profile> profilesOf(String model, String server, String version, WorkloadField workload) {
        return profiles.fetch(ProfileQuery.builder()
                        .model(model)
                        .modelServer(server)
                        .modelServerVersion(version)
                        .useCase(workload.apiUseCase())
                        .averageLengths(workload.averageInputLength(), workload.averageOutputLength())
                        .build())
                .profiles();
    }

    /**
     * The engine's ranking over all servers and machine types, less the machines without a price unless the choice
     * includes them ({@link Recommendation}): its first profile is the one the page fills in. When no machine has a
     * price (DeepSeek-R1 fits only 8 × H200 or B200, which no public Spot price covers) the page still needs a
     * machine to show figures for: it fills in the engine's first, and {@link #outlook} says it is not recommended.
     */
    ProfileResult recommend(DeployChoice choice) {
        ProfileResult ranked = ranked(choice);
        if (ranked.profiles().isEmpty() && !choice.targets().isEmpty()) {
            // no profile meets the targets (a link with ntpot=1): fill in what is recommended without them, so that
            // the page shows figures and says how far the targets are out of reach instead of an empty machine field
            ranked = profiles.fetch(query(choice, null, null, null));
        }
        List<Profile> candidates = Recommendation.candidates(ranked.profiles(), choice.includeUnpriced());
        return candidates == ranked.profiles() || candidates.isEmpty()
                ? ranked
                : new ProfileResult(candidates, ranked.range(), "");
    }

    private ProfileResult ranked(DeployChoice choice) {
        return profiles.fetch(query(choice, null, null, choice.targets()));
    }

    DeployOutlook outlook(DeployChoice choice) {
        return outlook(choice, null);
    }

    /** @param stack {@code null}: no serving stack */
    DeployOutlook outlook(DeployChoice choice, ServingStackPlan stack) {
        ProfileResult ranked = ranked(choice);
        Profile first = Recommendation.first(ranked.profiles(), choice.includeUnpriced())
                .orElse(null);
        ProfileKey recommended = first == null ? null : first.key();
        String comment = ranked.profiles().isEmpty() ? ranked.comment() : "";
        String tie = first == null
                ? Recommendation.whyNone(
                        ranked.profiles(), choice.includeUnpriced(), choice.pricingModel(), choice.order())
                : profiles.sharedCurve(first)
                        .map(sharing -> "Recommended "
                                + first.key().modelServer()
                                + ": " + sharing + ", so the tie goes to vLLM, the most widely used server and GIQ's"
                                + " default.")
                        .orElse("");
        ResolvedPlan resolved = resolver.resolve(planRequest(choice));
        ManifestSet set = null;
        List<Problem> problems = List.of();
        try {
            set = manifests.generate(resolved.plan(), stack);
        } catch (InvalidPlanException e) {
            problems = e.problems();
        }
        return new DeployOutlook(resolved, set, problems, alternatives(choice, recommended), recommended, comment, tie);
    }

    /** The model's machine types with the chosen server and version: those meeting the targets first. */
    private List<DeployAlternative> alternatives(DeployChoice choice, ProfileKey recommended) {
        List<Profile> all = profiles.fetch(query(choice, choice.modelServer(), choice.modelServerVersion(), null))
                .profiles();
        Map<ProfileKey, Profile> meeting = new LinkedHashMap<>();
        if (!choice.targets().isEmpty()) {
            profiles.fetch(query(choice, choice.modelServer(), choice.modelServerVersion(), choice.targets()))
                    .profiles()
                    .forEach(p -> meeting.put(p.key(), p));
        }
        List<DeployAlternative> rows = new ArrayList<>();
        meeting.values()
                .forEach(p -> rows.add(new DeployAlternative(p, true, p.key().equals(recommended))));
        for (Profile p : all) {
            if (!meeting.containsKey(p.key())) {
                boolean meets = choice.targets().isEmpty();
                rows.add(new DeployAlternative(p, meets, p.key().equals(recommended)));
            }
        }
        return rows;
    }

    /**
     * The request the deploy service takes for the outlook's manifests. The token goes in here and nowhere else:
     * the service puts it in the {@code hf-secret} Secret and the YAML preview shows it redacted.
     */
    DeployRequest deployRequest(String context, DeployOutlook outlook, HfToken token) {
        DeploymentPlan plan = outlook.resolved().plan();
        Deployment deployment = deploymentOf(outlook.manifests());
        String base = deployment.getMetadata().getLabels().get(INSTANCE_LABEL);
        boolean fromHuggingFace = !plan.loadsFromBucket();
        return new DeployRequest(
                context,
                plan.namespace(),
                Objects.requireNonNullElse(base, deployment.getMetadata().getName()),
                plan.model().id() + " / " + plan.server().serverId() + " "
                        + plan.server().version() + " / " + plan.accelerator().label(),
                plan.targets().isEmpty() ? "" : plan.targets().describe(),
                fromHuggingFace ? token : HfToken.none(),
                fromHuggingFace && plan.model().gated(),
                plan.accelerator().label(),
                plan.acceleratorCount(),
                plan.accelerator().family());
    }

    /** The YAML Deploy would send (the Secret redacted), followed by the notes as comments. */
    static String previewYaml(DeployRequest request, ManifestSet set) {
        String notes = String.join(
                "\n", set.notes().stream().map(l -> ("# " + l).stripTrailing()).toList());
        return DeployService.previewYaml(request, set.objects()) + "---\n" + notes + "\n";
    }

    static Deployment deploymentOf(ManifestSet set) {
        for (HasMetadata object : set.objects()) {
            if (object instanceof Deployment d) {
                return d;
            }
        }
        throw new IllegalStateException("the manifests have no Deployment");
    }

    private static ProfileQuery query(DeployChoice c, String server, String version, LatencyTargets targets) {
        var builder = ProfileQuery.builder()
                .model(c.model())
                .modelServer(server)
                .modelServerVersion(version)
                .useCase(c.useCase())
                .averageLengths(c.averageInputLength(), c.averageOutputLength())
                .pricingModel(c.pricingModel())
                .order(c.order());
        if (targets != null) {
            builder.targetNtpotMs(targets.ntpotMs())
                    .targetTtftMs(targets.ttftMs())
                    .targetItlMs(targets.itlMs());
        }
        return builder.build();
    }

    private static PlanRequest planRequest(DeployChoice c) {
        return PlanRequest.builder(c.model(), c.modelServer(), c.accelerator())
                .modelServerVersion(blankToNull(c.modelServerVersion()))
                .machineType(c.machineType())
                .namespace(c.namespace())
                .name(blankToNull(c.name()))
                .useCase(c.useCase())
                .targets(c.targets())
                .pricingModel(c.pricingModel())
                .autoscaling(c.autoscaling(), c.maxReplicas())
                .modelBucketUri(c.bucket())
                .platform(c.platform())
                .monitoring(c.monitoring())
                .averageLengths(c.averageInputLength(), c.averageOutputLength())
                .build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
