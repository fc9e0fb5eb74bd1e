package dev.iqconsole.profile;

import dev.iqconsole.catalog.Accelerator;
import dev.iqconsole.catalog.AcceleratorFamily;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.MachineType;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.catalog.PublishedPoint;
import dev.iqconsole.catalog.ServerVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds every profile curve from the catalog (benchmark-data.md §6):
 *
 * <ol>
 *   <li>published curves verbatim (the digitized GIQ gemma-2-27b curves), inflection = GIQ's profile point;
 *   <li>single published profile points become the knee of a modeled curve whose last point is that published point,
 *       unchanged;
 *   <li>for each model x server (latest version per accelerator family) x accelerator, on the smallest machine type
 *       that fits: a curve scaled from an anchor of the same model and server, else a roofline estimate.
 * </ol>
 *
 * Modeled curves stop at the knee: the overload region depends on the benchmark's duration (§6.5), not the system.
 */
final class CurveBuilder {

    /** Load levels of a modeled curve, as shares of the knee throughput; the last is the knee (inflection). */
    static final double[] LOAD_SHARES = {0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 1.0};

    /** Only this use case has published request lengths; the others' lengths are assumptions (data/README.md). */
    static final String USE_CASE = "chatbot";

    private final Catalog catalog;
    private final Workload workload;
    private final List<Curve> curves = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final List<Anchor> anchors = new ArrayList<>();

    private CurveBuilder(Catalog catalog) {
        this.catalog = catalog;
        this.workload = Workload.of(catalog.useCase(USE_CASE)
                .orElseThrow(() -> new IllegalStateException("the catalog has no use case '" + USE_CASE + "'")));
    }

    record Result(List<Curve> curves, List<Exclusion> exclusions) {}

    static Result build(Catalog catalog) {
        var builder = new CurveBuilder(catalog);
        builder.publishedCurves();
        builder.anchoredSinglePoints();
        builder.modeledCurves();
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
            anchors.add(fitAnchor(points));
        }
    }

    private static int indexOfProfilePoint(List<PublishedPoint> points) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).profilePoint()) return i;
        }
        return points.size() - 1;
    }

    /** The fit of §6.3: through the lowest point and the elbow, the last point before NTPOT at least doubles. */
    static Anchor fitAnchorFor(List<PublishedPoint> points, Accelerator accelerator) {
        var lowest = points.getFirst();
        var elbow = points.get(
                elbowIndex(points.stream().map(PublishedPoint::ntpotMs).toList()));
        var curve = QueueCurve.throughTwoPoints(
                lowest.outputTokensPerSecond(),
                lowest.ntpotMs(),
                elbow.outputTokensPerSecond(),
                elbow.ntpotMs(),
                Roofline.T0_MS,
                Roofline.DEFAULT_GAMMA);
        return new Anchor(
                lowest.model(),
                lowest.modelServer(),
                version(lowest),
                accelerator,
                lowest.acceleratorCount(),
                elbow.id(),
                elbow.outputTokensPerSecond(),
                curve);
    }

    private Anchor fitAnchor(List<PublishedPoint> points) {
        return fitAnchorFor(points, accelerator(points.getFirst().accelerator()));
    }

    /**
     * Where throughput stops tracking load: past it GIQ's fixed-length runs only queue (NTPOT x10-40, throughput
     * flat). GIQ's own profile point can sit past it (L4: 1085 ms vs an elbow at 197 ms).
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

    private void anchoredSinglePoints() {
        var covered = curves.stream().map(c -> c.key()).toList();
        for (var point : catalog.publishedPoints()) {
            var machine = machine(point.machineType());
            if (!point.profilePoint()
                    || !point.provenance().equals(Provenance.PUBLISHED.label())
                    || covered.contains(key(point, machine))) {
                continue;
            }
            var model = model(point.model());
            var accelerator = accelerator(point.accelerator());
            double n0 = Roofline.n0Ms(model, accelerator, point.acceleratorCount());
            double xInf = QueueCurve.xInfThroughKnee(n0, point.outputTokensPerSecond(), point.ntpotMs());
            double gamma = point.ttftMs() == null
                    ? Roofline.DEFAULT_GAMMA
                    : QueueCurve.gammaThroughKnee(Roofline.T0_MS, point.ttftMs(), point.outputTokensPerSecond(), xInf);
            var queue = new QueueCurve(n0, xInf, Roofline.T0_MS, gamma);
            var anchor = new Anchor(
                    point.model(),
                    point.modelServer(),
                    version(point),
                    accelerator,
                    point.acceleratorCount(),
                    point.id(),
                    point.outputTokensPerSecond(),
                    queue);
            anchors.add(anchor);
            var points = new ArrayList<CurvePoint>();
            for (int i = 0; i < LOAD_SHARES.length - 1; i++) {
                points.add(workload.modeledPoint(queue, LOAD_SHARES[i] * point.outputTokensPerSecond()));
            }
            points.add(verbatim(point));
            var parameters = new LinkedHashMap<String, Double>();
            putQueue(parameters, queue, point.outputTokensPerSecond());
            parameters.put("kappa", Roofline.KAPPA);
            parameters.put("N_floor_ms", Roofline.N_FLOOR_MS);
            curves.add(new Curve(
                    key(point, machine),
                    points,
                    points.size() - 1,
                    Provenance.MODELED,
                    point.id(),
                    parameters,
                    "modeled below the published knee " + point.id() + " (benchmark-data.md §6.3: N0 from roofline, "
                            + "Xinf through the knee" + (point.ttftMs() == null ? "" : ", gamma through the knee TTFT")
                            + "); knee point verbatim from " + point.source()
                            + (version(point).equals(ProfileKey.UNSTATED_VERSION)
                                    ? "; the source does not state the " + point.modelServer() + " version"
                                    : "")));
        }
    }

    // 3. modeled curves for every model x server x accelerator

    private void modeledCurves() {
        for (var model : catalog.models()) {
            for (var server : catalog.modelServers()) {
                for (var family : AcceleratorFamily.values()) {
                    latest(server.id(), family).ifPresent(version -> modelOn(model, version));
                }
            }
        }
    }

    private Optional<ServerVersion> latest(String serverId, AcceleratorFamily family) {
        return catalog.serverVersions(serverId).stream()
                .filter(v -> v.family() == family)
                .findFirst();
    }

    private void modelOn(Model model, ServerVersion version) {
        for (var accelerator : catalog.accelerators()) {
            if (accelerator.family() != version.family()) continue;
            var machines = catalog.machineTypes().stream()
                    .filter(m -> m.acceleratorLabel().equals(accelerator.label()))
                    .toList();
            if (machines.isEmpty()) continue;
            var fitting = machines.stream()
                    .filter(m -> HardwareFit.check(model, accelerator, m.acceleratorCount(), workload)
                            .isEmpty())
                    .findFirst(); // machine types are ordered by count then vCPUs: the first is the smallest
            if (fitting.isEmpty()) {
                var largest = machines.getLast();
                exclusions.add(new Exclusion(
                        model.id(),
                        version.serverId(),
                        largest.name(),
                        HardwareFit.check(model, accelerator, largest.acceleratorCount(), workload)
                                .orElseThrow()));
                continue;
            }
            curves.add(modeledCurve(model, version, accelerator, fitting.get()));
        }
    }

    private Curve modeledCurve(Model model, ServerVersion version, Accelerator accelerator, MachineType machine) {
        int n = machine.acceleratorCount();
        var parameters = new LinkedHashMap<String, Double>();
        var anchor = anchorFor(model.id(), version.serverId(), accelerator);
        QueueCurve queue;
        double kneeX;
        String anchorRef;
        String method;
        double maxBatch = Roofline.maxBatch(model, accelerator, n, workload);
        if (anchor.isPresent()) {
            var a = anchor.get();
            double bandwidthScale =
                    (a.acceleratorCount() * a.accelerator().hbmBandwidthGBs()) / (n * accelerator.hbmBandwidthGBs());
            double computeScale = (n * accelerator.bf16Tflops() * Roofline.eta(accelerator))
                    / (a.acceleratorCount() * a.accelerator().bf16Tflops() * Roofline.eta(a.accelerator()));
            queue = new QueueCurve(
                    Math.max(a.curve().n0Ms() * bandwidthScale, Roofline.N_FLOOR_MS),
                    a.curve().xInf() * computeScale,
                    a.curve().t0Ms(),
                    a.curve().gamma());
            boolean sameHardware = a.accelerator().label().equals(accelerator.label()) && a.acceleratorCount() == n;
            kneeX = sameHardware ? a.kneeX() : QueueCurve.kneeThroughput(queue.n0Ms(), queue.xInf(), maxBatch);
            anchorRef = a.pointId();
            method = "scaled across hardware from the published anchor " + a.pointId() + " (" + a.model() + ", "
                    + a.modelServer() + " " + a.serverVersion() + ", " + a.acceleratorCount() + " x "
                    + a.accelerator().label() + "; benchmark-data.md §6.4)"
                    + (sameHardware ? ", knee of the anchor" : ", knee from Little's law with the KV-capacity cap");
            parameters.put("scale_bandwidth", bandwidthScale);
            parameters.put("scale_compute", computeScale);
        } else {
            queue = new QueueCurve(
                    Roofline.n0Ms(model, accelerator, n),
                    Roofline.xInf(model, accelerator, n, workload),
                    Math.max(Roofline.T0_MS, Roofline.n0Ms(model, accelerator, n)),
                    Roofline.DEFAULT_GAMMA);
            kneeX = QueueCurve.kneeThroughput(queue.n0Ms(), queue.xInf(), maxBatch);
            anchorRef = "roofline";
            method = "roofline estimate without a measured anchor (benchmark-data.md §6.4; about ±15% on H100/A100,"
                    + " poor on L4" + (accelerator.family() == AcceleratorFamily.TPU ? ", eta for TPU is a guess" : "")
                    + ")";
            parameters.put("kappa", Roofline.KAPPA);
        }
        parameters.put("eta", Roofline.eta(accelerator));
        parameters.put("N_floor_ms", Roofline.N_FLOOR_MS);
        parameters.put("B_max", maxBatch);
        putQueue(parameters, queue, kneeX);
        var points = new ArrayList<CurvePoint>();
        for (double share : LOAD_SHARES) {
            points.add(workload.modeledPoint(queue, share * kneeX));
        }
        var key = new ProfileKey(
                model.id(),
                version.serverId(),
                version.version(),
                machine.name(),
                accelerator.label(),
                n,
                machine.tpuTopology(),
                workload.useCase());
        return new Curve(
                key,
                points,
                points.size() - 1,
                Provenance.MODELED,
                anchorRef,
                parameters,
                "modeled: " + method + "; model facts: " + model.source());
    }

    /** An anchor of the same model and server: on the same accelerator if any, else the one with most bandwidth. */
    private Optional<Anchor> anchorFor(String model, String server, Accelerator accelerator) {
        return anchors.stream()
                .filter(a -> a.model().equals(model) && a.modelServer().equals(server))
                .max(Comparator.comparing((Anchor a) -> a.accelerator().label().equals(accelerator.label()))
                        .thenComparing(
                                a -> a.acceleratorCount() * a.accelerator().hbmBandwidthGBs()));
    }

    private void putQueue(Map<String, Double> parameters, QueueCurve queue, double kneeX) {
        parameters.put("N0_ms", queue.n0Ms());
        parameters.put("Xinf_tok_s", queue.xInf());
        parameters.put("T0_ms", queue.t0Ms());
        parameters.put("gamma", queue.gamma());
        parameters.put("knee_tok_s", kneeX);
        parameters.put("input_tokens", (double) workload.inputTokens());
        parameters.put("output_tokens", (double) workload.outputTokens());
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

    private Model model(String id) {
        return catalog.model(id).orElseThrow(() -> missing("model", id));
    }

    private static IllegalStateException missing(String what, String name) {
        return new IllegalStateException(String.format(Locale.ROOT, "the catalog has no %s '%s'", what, name));
    }
}
