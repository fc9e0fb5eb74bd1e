package dev.iqconsole.profile;

import dev.iqconsole.catalog.Accelerator;
import dev.iqconsole.catalog.AcceleratorFamily;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.MachineType;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.catalog.PublishedPoint;
import dev.iqconsole.catalog.ServerVersion;
import dev.iqconsole.catalog.UseCase;
import dev.iqconsole.profile.calibration.Deployment;
import dev.iqconsole.profile.calibration.Load;
import dev.iqconsole.profile.calibration.Prediction;
import dev.iqconsole.profile.calibration.RequestShape;
import dev.iqconsole.profile.calibration.Server;
import dev.iqconsole.profile.calibration.ServingFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds every profile curve from the catalog:
 *
 * <ol>
 *   <li>published curves verbatim (the digitized GIQ gemma-2-27b curves), inflection = GIQ's profile point;
 *   <li>a single published profile point is the knee of a curve whose lower points the calibrated serving model
 *       predicts for the same hardware; the published point stays unchanged;
 *   <li>for each model x accelerator, on the smallest machine type that fits: a request-rate sweep of the calibrated
 *       serving model ({@code dev.iqconsole.profile.calibration}, docs/model-calibration.md), shared by every server
 *       (latest version per accelerator family): no public measurement supports a factor between vLLM, SGLang and TGI.
 * </ol>
 *
 * Modeled curves stop at the knee: past it GIQ's numbers measure the benchmark's duration, not the system.
 */
final class CurveBuilder {

    /**
     * Request rates of a modeled curve, as shares of the replica's saturation rate: light load up to just below
     * saturation, like GIQ's request-rate sweeps.
     */
    static final double[] RATE_SHARES = {0.05, 0.15, 0.3, 0.45, 0.6, 0.75, 0.85, 0.92, 0.97};

    /** The use case of the published points: GIQ publishes points for Chatbot (ShareGPT) only. */
    static final String PUBLISHED_USE_CASE = "chatbot";

    /**
     * The calibration has one set of constants for every server; the batch limits are vLLM's defaults, which every
     * server's curve shares.
     */
    static final Server SHARED_SERVER = Server.VLLM;

    private final Catalog catalog;
    private final ServingFacts facts;
    private final List<Curve> curves = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();

    private CurveBuilder(Catalog catalog, ServingFacts facts) {
        this.catalog = catalog;
        this.facts = facts;
    }

    record Result(List<Curve> curves, List<Exclusion> exclusions) {}

    static Result build(Catalog catalog) {
        return build(catalog, ServingFacts.packaged(catalog.models(), catalog.accelerators()));
    }

    static Result build(Catalog catalog, ServingFacts facts) {
        var builder = new CurveBuilder(catalog, facts);
        builder.publishedCurves();
        builder.singlePublishedPoints();
        // one use case per task, merged in the catalog's order: the same result as one after the other, sooner
        var perUseCase = catalog.useCases().parallelStream()
                .map(useCase -> modeled(catalog, facts, useCase, null))
                .toList();
        for (var result : perUseCase) {
            builder.curves.addAll(result.curves());
            builder.exclusions.addAll(result.exclusions());
        }
        return new Result(List.copyOf(builder.curves), List.copyOf(builder.exclusions));
    }

    /**
     * The modeled curves of one workload (a use case, or lengths a request asks for), for one model or every model
     * ({@code null}): what {@code workloadSpec}'s average lengths ask for, built on demand.
     */
    static Result modeled(Catalog catalog, ServingFacts facts, UseCase workload, String model) {
        var builder = new CurveBuilder(catalog, facts);
        builder.modeledCurves(
                workload,
                catalog.models().stream()
                        .filter(m -> model == null || m.id().equals(model))
                        .toList());
        return new Result(List.copyOf(builder.curves), List.copyOf(builder.exclusions));
    }

    // 1. published curves

    private void publishedCurves() {
        var groups = new LinkedHashMap<String, List<PublishedPoint>>();
        for (var point : catalog.publishedPoints()) {
            if (point.provenance().equals(Provenance.PUBLISHED_DIGITIZED.label())) {
                groups.computeIfAbsent(curveId(point), k -> new ArrayList<>()).add(point);
            }
        }
        for (var points : groups.values()) {
            points.sort(Comparator.comparing(PublishedPoint::id)); // ids carry the load order
            int inflection = indexOfProfilePoint(points);
            var first = points.getFirst();
            var curvePoints = points.stream().map(CurveBuilder::verbatim).toList();
            curves.add(new Curve(
                    key(first, machine(first.machineType())),
                    curvePoints,
                    inflection,
                    Provenance.PUBLISHED_DIGITIZED,
                    first.source(),
                    Map.of(),
                    first.source()));
        }
    }

    private static int indexOfProfilePoint(List<PublishedPoint> points) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).profilePoint()) return i;
        }
        return points.size() - 1;
    }

    /**
     * Where throughput stops tracking load: the last point before NTPOT at least doubles. Past it GIQ's fixed-length
     * runs only queue (NTPOT x10-40, throughput flat).
     */
    static int elbowIndex(List<Double> ntpots) {
        for (int i = 0; i + 1 < ntpots.size(); i++) {
            if (ntpots.get(i + 1) >= 2 * ntpots.get(i)) return i;
        }
        return ntpots.size() - 1;
    }

    private static CurvePoint verbatim(PublishedPoint p) {
        return new CurvePoint(
                orNaN(p.queriesPerSecond()),
                p.outputTokensPerSecond(),
                orNaN(p.inputTokensPerSecond()),
                p.ntpotMs(),
                orNaN(p.ttftMs()),
                orNaN(p.itlMs()),
                p.provenance().equals(Provenance.PUBLISHED_DIGITIZED.label())
                        ? Provenance.PUBLISHED_DIGITIZED
                        : Provenance.PUBLISHED);
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    // 2. single published profile points

    private void singlePublishedPoints() {
        var covered = curves.stream().map(c -> c.key()).toList();
        for (var point : catalog.publishedPoints()) {
            var machine = machine(point.machineType());
            if (!point.profilePoint()
                    || !point.provenance().equals(Provenance.PUBLISHED.label())
                    || covered.contains(key(point, machine))) {
                continue;
            }
            var accelerator = accelerator(point.accelerator());
            String version = version(point).equals(ProfileKey.UNSTATED_VERSION)
                    ? latest(point.modelServer(), accelerator.family())
                            .map(ServerVersion::version)
                            .orElse("")
                    : version(point);
            // the model's points below the published knee, on the same hardware; the knee itself verbatim
            var points = new ArrayList<CurvePoint>();
            var parameters = new LinkedHashMap<String, Double>();
            var shape = shape(catalog.useCase(point.useCase()).orElseThrow(() -> missing("use case", point.useCase())));
            facts.deployment(point.model(), point.accelerator(), point.acceleratorCount(), SHARED_SERVER, version)
                    .filter(d -> facts.fitProblem(d, shape).isEmpty())
                    .ifPresent(deployment -> {
                        var sweep = sweep(deployment, shape, parameters);
                        sweep.stream()
                                .filter(p -> p.outputTokensPerSecond() < point.outputTokensPerSecond()
                                        && p.ntpotMs() < point.ntpotMs())
                                .forEach(points::add);
                    });
            points.add(verbatim(point));
            curves.add(new Curve(
                    key(point, machine),
                    points,
                    points.size() - 1,
                    Provenance.MODELED,
                    point.id(),
                    parameters,
                    "published knee " + point.id() + " verbatim from " + point.source() + "; the points below it are "
                            + calibratedModel()
                            + (version(point).equals(ProfileKey.UNSTATED_VERSION)
                                    ? "; the source does not state the " + point.modelServer() + " version"
                                    : "")));
        }
    }

    // 3. modeled curves for every model x accelerator, shared by the servers

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
                        .flatMap(server -> latest(server.id(), accelerator.family()).stream())
                        .sorted(Comparator.comparingInt(v -> order(v.serverId())))
                        .toList();
                if (!versions.isEmpty()) {
                    modelOn(model, accelerator, versions, useCase);
                }
            }
        }
    }

    private Optional<ServerVersion> latest(String serverId, AcceleratorFamily family) {
        return catalog.serverVersions(serverId).stream()
                .filter(v -> v.family() == family)
                .findFirst();
    }

    private void modelOn(Model model, Accelerator accelerator, List<ServerVersion> versions, UseCase useCase) {
        var shape = shape(useCase);
        var machines = catalog.machineTypes().stream()
                .filter(m -> m.acceleratorLabel().equals(accelerator.label()))
                .toList();
        if (machines.isEmpty()) return;
        // the batch limits every server's curve shares: vLLM's latest release on this family, else the first server's
        String sharedVersion =
                latest("vllm", accelerator.family()).orElse(versions.getFirst()).version();
        MachineType fitting = null;
        String problem = null;
        Deployment deployment = null;
        for (var machine : machines) { // ordered by count then vCPUs: the first that fits is the smallest
            var candidate = facts.deployment(
                    model.id(), accelerator.label(), machine.acceleratorCount(), SHARED_SERVER, sharedVersion);
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
        var points = sweep(deployment, shape, parameters);
        String source = calibratedModel(deployment) + "; " + sharedCurve(versions) + "; " + lengths(useCase)
                + "; model facts: " + model.source();
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
            curves.add(new Curve(key, points, points.size() - 1, Provenance.MODELED, MODELED_REF, parameters, source));
        }
    }

    /** The parameters that carry the average lengths a modeled curve was computed for. */
    static final String INPUT_TOKENS = "input_tokens";

    static final String OUTPUT_TOKENS = "output_tokens";

    /** What a curve of the calibrated model rests on: no published point of its own. */
    static final String MODELED_REF = "calibrated-model";

    private String calibratedModel(Deployment deployment) {
        if (!ServingFacts.calibratedOn(deployment.hardware().label())) {
            return String.format(
                    Locale.ROOT,
                    "predicted by the serving model on the accelerator's datasheet figures, not calibrated on this"
                            + " accelerator (no fitted measurement; band ±%.0f%%, docs/model-calibration.md)",
                    facts.errorFor(deployment) * 100);
        }
        return calibratedModel();
    }

    private String calibratedModel() {
        return String.format(
                Locale.ROOT,
                "predicted by the calibrated serving model (held-out error ±%.0f%%, docs/model-calibration.md)",
                facts.heldOutError() * 100);
    }

    private static RequestShape shape(UseCase useCase) {
        return new RequestShape(useCase.averageInputTokens(), useCase.averageOutputTokens());
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

    /** The server whose defaults the shared curve uses first, then the others. */
    static final List<String> SERVER_ORDER = List.of("vllm", "sglang", "tgi");

    static int order(String serverId) {
        int index = SERVER_ORDER.indexOf(serverId);
        return index < 0 ? SERVER_ORDER.size() : index;
    }

    private static final Map<String, String> SERVER_NAMES = Map.of("vllm", "vLLM", "sglang", "SGLang", "tgi", "TGI");

    /**
     * The model under a Poisson request-rate sweep from light load to just below saturation, cut at the knee (the
     * last point before NTPOT doubles). Each prediction's ITL is its TPOT.
     */
    private List<CurvePoint> sweep(Deployment deployment, RequestShape shape, Map<String, Double> parameters) {
        var model = facts.model();
        var capacity = model.predict(deployment, shape, new Load.Saturation());
        var points = new ArrayList<CurvePoint>();
        for (double share : RATE_SHARES) {
            Prediction p = model.predict(deployment, shape, new Load.RequestRate(share * capacity.requestsPerSecond()));
            if (p.saturated()) break;
            points.add(new CurvePoint(
                    p.requestsPerSecond(),
                    p.outputTokensPerSecond(),
                    p.requestsPerSecond() * shape.inputTokens(),
                    p.ntpotMs(),
                    p.ttftMs(),
                    p.tpotMs(),
                    Provenance.MODELED));
        }
        // from the second point: at the lightest load a mixture of experts reads only a few experts, so its first step
        // up in NTPOT is the experts filling in, not queueing
        int knee = points.size() < 2
                ? points.size() - 1
                : 1
                        + elbowIndex(points.subList(1, points.size()).stream()
                                .map(CurvePoint::ntpotMs)
                                .toList());
        var kept = List.copyOf(points.subList(0, knee + 1));
        parameters.put("capacity_tok_s", capacity.outputTokensPerSecond());
        parameters.put("max_batch", (double) capacity.maxBatch());
        parameters.put("knee_tok_s", kept.getLast().outputTokensPerSecond());
        parameters.put(INPUT_TOKENS, shape.inputTokens());
        parameters.put(OUTPUT_TOKENS, shape.outputTokens());
        parameters.put(Curve.ERROR_FACTOR, 1 + facts.errorFor(deployment));
        return kept;
    }

    // lookups

    private static String curveId(PublishedPoint p) {
        return String.join(
                "|", p.model(), p.modelServer(), String.valueOf(p.serverVersion()), p.machineType(), p.useCase());
    }

    private static ProfileKey key(PublishedPoint p, MachineType machine) {
        return new ProfileKey(
                p.model(),
                p.modelServer(),
                version(p),
                p.machineType(),
                p.accelerator(),
                p.acceleratorCount(),
                machine.tpuTopology(),
                p.useCase());
    }

    /** The published point's server version, or the explicit "unstated" label when its source gives none. */
    static String version(PublishedPoint p) {
        return p.serverVersion() == null || p.serverVersion().isBlank()
                ? ProfileKey.UNSTATED_VERSION
                : p.serverVersion();
    }

    private MachineType machine(String name) {
        return catalog.machineType(name).orElseThrow(() -> missing("machine type", name));
    }

    private Accelerator accelerator(String label) {
        return catalog.accelerator(label).orElseThrow(() -> missing("accelerator", label));
    }

    private static IllegalStateException missing(String what, String name) {
        return new IllegalStateException(String.format(Locale.ROOT, "the catalog has no %s '%s'", what, name));
    }
}
