package dev.iqconsole.profile;

import dev.iqconsole.catalog.Accelerator;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.MachineType;
import dev.iqconsole.catalog.PublishedPoint;
import dev.iqconsole.catalog.ServerVersion;
import dev.iqconsole.profile.calibration.ServingFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The curves that rest on published numbers:
 *
 * <ol>
 *   <li>published curves verbatim (the digitized GIQ gemma-2-27b curves), inflection = GIQ's profile point;
 *   <li>a single published profile point is the knee of a curve whose lower points the calibrated serving model
 *       predicts for the same hardware; the published point stays unchanged.
 * </ol>
 */
final class PublishedCurves {

    private final Catalog catalog;
    private final ServingFacts facts;
    private final List<Curve> curves = new ArrayList<>();

    private PublishedCurves(Catalog catalog, ServingFacts facts) {
        this.catalog = catalog;
        this.facts = facts;
    }

    /** The digitized curves first, then one curve per published profile point that no digitized curve covers. */
    static List<Curve> build(Catalog catalog, ServingFacts facts) {
        var published = new PublishedCurves(catalog, facts);
        published.digitizedCurves();
        published.singlePublishedPoints();
        return published.curves;
    }

    private void digitizedCurves() {
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
            var curvePoints = points.stream().map(PublishedCurves::verbatim).toList();
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
                    ? CurveBuilder.latest(catalog, point.modelServer(), accelerator.family())
                            .map(ServerVersion::version)
                            .orElse("")
                    : version(point);
            // the model's points below the published knee, on the same hardware; the knee itself verbatim
            var points = new ArrayList<CurvePoint>();
            var parameters = new LinkedHashMap<String, Double>();
            var shape = LoadSweep.shape(
                    catalog.useCase(point.useCase()).orElseThrow(() -> missing("use case", point.useCase())));
            facts.deployment(
                            point.model(),
                            point.accelerator(),
                            point.acceleratorCount(),
                            CurveBuilder.SHARED_SERVER,
                            version)
                    .filter(d -> facts.fitProblem(d, shape).isEmpty())
                    .ifPresent(deployment -> {
                        var sweep = LoadSweep.sweep(facts, deployment, shape, parameters);
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
                            + LoadSweep.calibratedModel(facts)
                            + (version(point).equals(ProfileKey.UNSTATED_VERSION)
                                    ? "; the source does not state the " + point.modelServer() + " version"
                                    : "")));
        }
    }

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
