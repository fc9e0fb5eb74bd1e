package dev.iqconsole.profile;

import dev.iqconsole.catalog.Accelerator;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.MachineType;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.catalog.ServerVersion;
import dev.iqconsole.catalog.UseCase;
import dev.iqconsole.profile.calibration.Deployment;
import dev.iqconsole.profile.calibration.ServingFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The modeled curves of one use case: for each model x accelerator, on the smallest machine type that fits, a
 * {@link LoadSweep} shared by every server (latest version per accelerator family): no public measurement supports
 * a factor between vLLM, SGLang and TGI. A model the use case's lengths do not fit, or that fits no machine type, is
 * an {@link Exclusion} with the reason.
 */
final class ModeledCurves {

    /** The server whose defaults the shared curve uses first, then the others. */
    static final List<String> SERVER_ORDER = List.of("vllm", "sglang", "tgi");

    private static final Map<String, String> SERVER_NAMES = Map.of("vllm", "vLLM", "sglang", "SGLang", "tgi", "TGI");

    private final Catalog catalog;
    private final ServingFacts facts;
    private final List<Curve> curves = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();

    private ModeledCurves(Catalog catalog, ServingFacts facts) {
        this.catalog = catalog;
        this.facts = facts;
    }

    static CurveBuilder.Result build(Catalog catalog, ServingFacts facts, UseCase useCase, List<Model> models) {
        var modeled = new ModeledCurves(catalog, facts);
        modeled.modeledCurves(useCase, models);
        return new CurveBuilder.Result(List.copyOf(modeled.curves), List.copyOf(modeled.exclusions));
    }

    private void modeledCurves(UseCase useCase, List<Model> models) {
        for (var model : models) {
            if (useCase.averageInputTokens() + useCase.averageOutputTokens() > model.maxContextTokens()) {
                exclusions.add(new Exclusion(
                        model.id(),
                        "",
                        "",
                        useCase.apiName(),
                        String.format(
                                Locale.ROOT,
                                "%s needs %,d + %,d tokens of context; %s reads at most %,d",
                                useCase.displayName(),
                                useCase.averageInputTokens(),
                                useCase.averageOutputTokens(),
                                model.id(),
                                model.maxContextTokens())));
                continue;
            }
            for (var accelerator : catalog.accelerators()) {
                // vLLM first: the shared curve uses its defaults, and its source names the servers in this order
                var versions = catalog.modelServers().stream()
                        .flatMap(server -> CurveBuilder.latest(catalog, server.id(), accelerator.family()).stream())
                        .sorted(Comparator.comparingInt(v -> order(v.serverId())))
                        .toList();
                if (!versions.isEmpty()) {
                    modelOn(model, accelerator, versions, useCase);
                }
            }
        }
    }

    private void modelOn(Model model, Accelerator accelerator, List<ServerVersion> versions, UseCase useCase) {
        var shape = LoadSweep.shape(useCase);
        var machines = catalog.machineTypes().stream()
                .filter(m -> m.acceleratorLabel().equals(accelerator.label()))
                .toList();
        if (machines.isEmpty()) return;
        // the batch limits every server's curve shares: vLLM's latest release on this family, else the first server's
        String sharedVersion = CurveBuilder.latest(catalog, "vllm", accelerator.family())
                .orElse(versions.getFirst())
                .version();
        MachineType fitting = null;
        String problem = null;
        Deployment deployment = null;
        for (var machine : machines) { // ordered by count then vCPUs: the first that fits is the smallest
            var candidate = facts.deployment(
                    model.id(),
                    accelerator.label(),
                    machine.acceleratorCount(),
                    CurveBuilder.SHARED_SERVER,
                    sharedVersion);
            if (candidate.isEmpty()) {
                problem = "no architecture facts for " + model.id()
                        + " in model_architecture.csv that agree with the catalog";
                break;
            }
            problem = facts.fitProblem(candidate.get(), shape).orElse(null);
            if (problem == null) {
                fitting = machine;
                deployment = candidate.get();
                break;
            }
        }
        if (fitting == null) {
            for (var version : versions) {
                exclusions.add(new Exclusion(
                        model.id(), version.serverId(), machines.getLast().name(), useCase.apiName(), problem));
            }
            return;
        }
        var parameters = new LinkedHashMap<String, Double>();
        var points = LoadSweep.sweep(facts, deployment, shape, parameters);
        String source = LoadSweep.calibratedModel(facts, deployment) + "; " + sharedCurve(versions) + "; "
                + lengths(useCase) + "; model facts: " + model.source();
        for (var version : versions) {
            var key = new ProfileKey(
                    model.id(),
                    version.serverId(),
                    version.version(),
                    fitting.name(),
                    accelerator.label(),
                    fitting.acceleratorCount(),
                    fitting.tpuTopology(),
                    useCase.apiName());
            curves.add(new Curve(
                    key, points, points.size() - 1, Provenance.MODELED, CurveBuilder.MODELED_REF, parameters, source));
        }
    }

    /** {@code average lengths 512 input / 64 output tokens (assumed: GIQ does not publish ...)}. */
    static String lengths(UseCase useCase) {
        return "average lengths " + useCase.describeLengths();
    }

    /** The servers of a family that share its modeled curve, in words; one server: no sharing to state. */
    static String sharedCurve(List<ServerVersion> versions) {
        var names = versions.stream()
                .map(v -> SERVER_NAMES.getOrDefault(v.serverId(), v.serverId()))
                .toList();
        if (names.size() < 2) {
            return "no server-specific measurement";
        }
        String listed = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        return "no server-specific measurement: " + listed + " share this modeled curve"
                + (names.contains("TGI") ? " (TGI is not calibrated: no public TGI measurement is in the fit)" : "");
    }

    static int order(String serverId) {
        int index = SERVER_ORDER.indexOf(serverId);
        return index < 0 ? SERVER_ORDER.size() : index;
    }
}
