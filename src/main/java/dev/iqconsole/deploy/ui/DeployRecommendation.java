package dev.iqconsole.deploy.ui;

import dev.iqconsole.catalog.Model;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.catalog.UseCase;
import dev.iqconsole.cluster.ClusterContext;
import dev.iqconsole.manifest.Monitoring;
import dev.iqconsole.manifest.TargetPlatform;
import dev.iqconsole.profile.LatencyTargets;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileOrder;
import dev.iqconsole.profile.ProfileQueryException;
import dev.iqconsole.profile.ProfileResult;
import dev.iqconsole.profile.ProfileService;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deploy form's values that come from the console rather than the user: the defaults a page opens with, the
 * engine's recommended server, version and machine type for the current settings, and the versions and machine types
 * the chosen server offers. It makes its changes {@linkplain DeployForm#quietly quietly}: the page does not take them for the user's edits.
 */
final class DeployRecommendation {

    private final DeployForm form;
    private final DeployPlanner planner;
    /** Machine type to its plain accelerator label, for the machine types the chosen server and version offer. */
    private final Map<String, String> acceleratorOf = new LinkedHashMap<>();

    private Model model;

    DeployRecommendation(DeployForm form, DeployPlanner planner) {
        this.form = form;
        this.planner = planner;
    }

    /** Fills every field with its default for {@code model}: the first context, spot pricing, the first server. */
    void prefill(Model model, List<ClusterContext> contexts, List<UseCase> useCases) {
        this.model = model;
        form.quietly(() -> fill(model, contexts, useCases));
    }

    private void fill(Model model, List<ClusterContext> contexts, List<UseCase> useCases) {
        form.cluster.setItems(contexts.stream().map(ClusterContext::name).toList());
        if (!contexts.isEmpty()) {
            form.cluster.setValue(contexts.getFirst().name());
        }
        form.namespace.setValue(
                contexts.isEmpty() ? "default" : contexts.getFirst().namespace());
        form.name.clear();
        form.ntpot.clear();
        form.ttft.clear();
        form.workload.setUseCases(useCases, ProfileService.DEFAULT_USE_CASE);
        form.pricingModel.setItems(
                Arrays.stream(PricingModel.values()).map(PricingModel::apiName).toList());
        form.pricingModel.setValue(PricingModel.SPOT.apiName());
        form.optimizeFor.setValue(ProfileOrder.RECOMMENDED);
        form.includeUnpriced.setValue(false);
        form.server.setItems(planner.servers(model.id()));
        form.server.setValue(planner.servers(model.id()).getFirst());
        form.source.setValue(DeployForm.Source.HUGGING_FACE);
        form.showSource();
        form.hfToken.setHelperText(
                model.gated()
                        ? model.id() + " is gated: a token with access is needed unless hf-secret already exists in the"
                                + " namespace. Stored only in that Kubernetes Secret."
                        : model.id()
                                + " is open: no token needed. If you enter one, it is stored only in the Kubernetes"
                                + " Secret hf-secret.");
        form.platform.setValue(TargetPlatform.GKE);
        form.monitoring.setValue(Monitoring.defaultFor(TargetPlatform.GKE));
        form.autoscaling.setValue(false);
        form.maxReplicas.setValue("3");
        form.maxReplicas.setEnabled(false);
    }

    /** What a user's edit of {@code source} changes: a new recommendation, or the lists a server or version offers. */
    void follow(Object source) {
        if (source == form.useCase
                || source == form.workload.input
                || source == form.workload.output
                || source == form.ntpot
                || source == form.ttft
                || source == form.pricingModel
                || source == form.optimizeFor
                || source == form.includeUnpriced) {
            recommend();
        } else if (source == form.server) {
            form.quietly(() -> {
                fillVersions();
                fillMachines();
            });
        } else if (source == form.version) {
            form.quietly(this::fillMachines);
        }
    }

    /** Sets server, version and machine type to the engine's first choice for the current settings. */
    void recommend() {
        LatencyTargets targets = form.targets();
        if (targets == null || !form.workload.readable()) {
            return;
        }
        ProfileResult ranked;
        try {
            ranked = planner.recommend(choice(targets));
        } catch (ProfileQueryException e) {
            return; // the page's validation shows the message on its field
        }
        if (ranked.profiles().isEmpty()) {
            return;
        }
        Profile top = ranked.profiles().getFirst();
        form.quietly(() -> {
            form.server.setValue(top.key().modelServer());
            fillVersions();
            form.version.setValue(versionOf(top));
            fillMachines();
            form.machineType.setValue(top.key().machineType());
        });
    }

    /** What the form asks the engine for, with {@code targets} as read from it. */
    DeployChoice choice(LatencyTargets targets) {
        boolean bucket = form.source.getValue() == DeployForm.Source.BUCKET;
        Integer max = form.maxReplicasValue();
        return new DeployChoice(
                model.id(),
                form.workload.apiUseCase(),
                targets,
                form.pricingModel.getValue(),
                form.optimizeFor.getValue(),
                form.server.getValue(),
                form.version.getValue(),
                form.machineType.getValue(),
                acceleratorOf.get(form.machineType.getValue()),
                form.namespace.getValue().strip(),
                form.name.getValue(),
                bucket ? form.bucket.getValue().strip() : null,
                form.platform.getValue(),
                form.monitoring.getValue(),
                form.autoscaling.getValue(),
                max == null ? 1 : max,
                form.workload.averageInputLength(),
                form.workload.averageOutputLength(),
                form.includeUnpriced.getValue());
    }

    void fillVersions() {
        List<String> versions = planner.versions(model.id(), form.server.getValue());
        String current = form.version.getValue();
        form.version.setItems(versions);
        form.version.setItemLabelGenerator(v -> v.isEmpty() ? "as benchmarked (unversioned)" : v);
        form.version.setValue(current != null && versions.contains(current) ? current : versions.getFirst());
    }

    void fillMachines() {
        String current = form.machineType.getValue();
        acceleratorOf.clear();
        List<Profile> offered;
        try {
            offered = planner.profilesOf(model.id(), form.server.getValue(), form.version.getValue(), form.workload);
        } catch (ProfileQueryException e) {
            offered = List.of(); // custom lengths the engine refuses: the validation shows why on the length field
        }
        offered.forEach(p -> acceleratorOf.putIfAbsent(
                p.key().machineType(),
                p.key().acceleratorCount() + " × " + p.key().accelerator()));
        List<String> machines = List.copyOf(acceleratorOf.keySet());
        // the map's values are for the label; the plan needs the plain accelerator label
        Map<String, String> labels = Map.copyOf(acceleratorOf);
        acceleratorOf.replaceAll((m, label) -> label.substring(label.indexOf("× ") + 2));
        form.machineType.setItems(machines);
        form.machineType.setItemLabelGenerator(m -> m + " (" + labels.get(m) + ")");
        if (!machines.isEmpty()) {
            form.machineType.setValue(current != null && machines.contains(current) ? current : machines.getFirst());
        }
    }

    private static String versionOf(Profile profile) {
        return profile.key().serverVersion() == null ? "" : profile.key().serverVersion();
    }
}
