package dev.iqconsole.profile;

import dev.iqconsole.catalog.AcceleratorFamily;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.PublishedPoint;
import dev.iqconsole.catalog.ServerVersion;
import dev.iqconsole.catalog.UseCase;
import dev.iqconsole.profile.calibration.ServingFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that decides whether a row's figures are published or modeled, and says on what they rest. A row is
 * published exactly when its point is a published point verbatim (a digitized chart point counts, and says so); any
 * other point is modeled and says what it rests on: the calibrated serving model (below a published knee where the curve
 * ends on one) or the published points it is interpolated between.
 */
final class DataLabels {

    /** Published points are matched to curve points by value; digitized figures are whole numbers. */
    private static final double SAME_VALUE = 0.5;

    private final Catalog catalog;
    private final Map<String, PublishedPoint> byId = new HashMap<>();
    private final Map<String, List<PublishedPoint>> byProfile = new HashMap<>();
    /**
     * Labels are built once per anchor, source or published point and shared: an answer of 100,000 modeled rows
     * reads a handful of labels, not 100,000 new strings.
     */
    private final Map<Anchor, DataLabel> byAnchor = new ConcurrentHashMap<>();

    private final Map<String, DataLabel> interpolatedBySource = new ConcurrentHashMap<>();
    private final Map<String, DataLabel> publishedByPoint = new ConcurrentHashMap<>();

    DataLabels(Catalog catalog) {
        this.catalog = catalog;
        for (PublishedPoint point : catalog.publishedPoints()) {
            byId.put(point.id(), point);
            byProfile
                    .computeIfAbsent(
                            profileKey(
                                    point.model(),
                                    point.modelServer(),
                                    PublishedCurves.version(point),
                                    point.machineType()),
                            k -> new ArrayList<>())
                    .add(point);
        }
    }

    /** Whether any point of the curve can be labeled published: the few curves worth a closer look in a query. */
    static boolean hasPublishedPoints(Curve curve) {
        return curve.points().stream().anyMatch(p -> p.provenance() != Provenance.MODELED);
    }

    DataLabel of(Curve curve, CurvePoint point) {
        if (point.provenance() == Provenance.MODELED) {
            if (curve.provenance() != Provenance.MODELED) {
                return interpolatedBySource.computeIfAbsent(
                        curve.source(),
                        source -> DataLabel.modeled("interpolated between the published points of " + source));
            }
            if (!ServingFacts.calibratedOn(curve.key().accelerator())) {
                return DataLabel.modeled(curve.source());
            }
            String anchorRef = Objects.requireNonNullElse(curve.anchorRef(), "");
            UseCase workload = workloadOf(curve);
            AcceleratorFamily family = familyOf(curve.key().accelerator());
            return byAnchor.computeIfAbsent(
                    new Anchor(anchorRef, family, workload), k -> anchored(anchorRef, family, workload));
        }
        // a published curve's points are the catalog's; without a match its source still names where they come from
        return publishedAt(curve.key(), point)
                .map(published -> publishedByPoint.computeIfAbsent(published.id(), id -> published(published)))
                .orElseGet(() -> DataLabel.published(curve.source() + unstatedVersion(curve.key()), null));
    }

    private Optional<PublishedPoint> publishedAt(ProfileKey key, CurvePoint point) {
        return byProfile
                .getOrDefault(
                        profileKey(key.model(), key.modelServer(), key.serverVersion(), key.machineType()), List.of())
                .stream()
                .filter(p -> Math.abs(p.outputTokensPerSecond() - point.outputTokensPerSecond()) < SAME_VALUE
                        && Math.abs(p.ntpotMs() - point.ntpotMs()) < SAME_VALUE)
                .findFirst();
    }

    private DataLabel published(PublishedPoint point) {
        String basis =
                (point.provenance().equals(Provenance.PUBLISHED_DIGITIZED.label()) ? "digitized from a chart in " : "")
                        + point.source() + " (point " + point.id() + ")" + unstatedVersion(point);
        DataLabel.PublishedCost cost = point.publishedUsdPerMillionOutput() == null
                ? null
                : new DataLabel.PublishedCost(
                        point.publishedUsdPerMillionInput(),
                        point.publishedUsdPerMillionOutput(),
                        Pricer.pricingModelName(point.publishedPricingModel()));
        return DataLabel.published(basis, cost);
    }

    /** A published point without a server version is still published; the version Deploy would use is said. */
    private String unstatedVersion(PublishedPoint point) {
        return PublishedCurves.version(point).equals(ProfileKey.UNSTATED_VERSION)
                ? unstatedVersion(point.modelServer(), point.accelerator())
                : "";
    }

    private String unstatedVersion(ProfileKey key) {
        return ProfileKey.UNSTATED_VERSION.equals(key.serverVersion())
                ? unstatedVersion(key.modelServer(), key.accelerator())
                : "";
    }

    private String unstatedVersion(String server, String accelerator) {
        AcceleratorFamily family =
                catalog.accelerator(accelerator).map(a -> a.family()).orElse(AcceleratorFamily.GPU);
        return "; the source does not state the " + server + " version"
                + catalog.serverVersions(server).stream()
                        .filter(v -> v.family() == family)
                        .findFirst()
                        .map(ServerVersion::version)
                        .map(v -> ": Deploy runs " + server + " " + v + ", the latest in the catalog")
                        .orElse("");
    }

    /**
     * A modeled curve's label: the calibrated serving model for the curve's average lengths (published, assumed or
     * asked), below the published knee it ends on where there is one. Servers without a measurement of their own
     * share the curve, and the label says so.
     */
    private DataLabel anchored(String anchorRef, AcceleratorFamily family, UseCase workload) {
        PublishedPoint anchor = byId.get(anchorRef);
        String model = LoadSweep.calibratedModelName(ServingFacts.HELD_OUT_ERROR)
                + (workload == null ? "" : " for " + workloadName(workload) + ModeledCurves.lengths(workload));
        if (anchor == null) {
            return DataLabel.modeled(model + "; " + ModeledCurves.sharedCurve(sharingServers(family)));
        }
        return DataLabel.modeled(model + " below the published point " + anchor.id() + " (" + anchor.model() + ", "
                + anchor.modelServer() + " " + PublishedCurves.version(anchor) + ", " + anchor.acceleratorCount()
                + " x "
                + anchor.accelerator() + ": " + anchor.source() + ")");
    }

    private static String workloadName(UseCase workload) {
        return workload.apiName() == null ? "" : workload.displayName() + ", ";
    }

    /**
     * The use case whose lengths the curve was modeled for: the catalog's, or the lengths a request asked for (the
     * curve's own lengths differ from its use case's); {@code null} for a curve without stated lengths.
     */
    UseCase workloadOf(Curve curve) {
        Double input = curve.parameters().get(LoadSweep.INPUT_TOKENS);
        Double output = curve.parameters().get(LoadSweep.OUTPUT_TOKENS);
        UseCase named = curve.key().useCase() == null
                ? null
                : catalog.useCase(curve.key().useCase()).orElse(null);
        if (input == null || output == null) {
            return named;
        }
        if (named != null
                && named.averageInputTokens() == input.intValue()
                && named.averageOutputTokens() == output.intValue()) {
            return named;
        }
        return UseCase.asked(named, input.intValue(), output.intValue());
    }

    /** The sharing sentence of a curve of the calibrated model that several servers share; empty otherwise. */
    Optional<String> sharedCurve(Curve curve) {
        if (!CurveBuilder.MODELED_REF.equals(curve.anchorRef())) {
            return Optional.empty();
        }
        var servers = sharingServers(familyOf(curve.key().accelerator()));
        return servers.size() < 2 ? Optional.empty() : Optional.of(ModeledCurves.sharedCurve(servers));
    }

    private AcceleratorFamily familyOf(String accelerator) {
        return catalog.accelerator(accelerator).map(a -> a.family()).orElse(AcceleratorFamily.GPU);
    }

    /** The latest version of every server on the family, vLLM first: the servers a modeled curve is shared by. */
    private List<ServerVersion> sharingServers(AcceleratorFamily family) {
        return catalog.modelServers().stream()
                .flatMap(server ->
                        catalog.serverVersions(server.id()).stream()
                                .filter(v -> v.family() == family)
                                .findFirst()
                                .stream())
                .sorted(Comparator.comparingInt(v -> ModeledCurves.order(v.serverId())))
                .toList();
    }

    private static String profileKey(String model, String server, String version, String machineType) {
        return model + "|" + server + "|" + version + "|" + machineType;
    }

    /**
     * What a modeled point's label says: the measurement its curve was anchored to, on which accelerator family, for
     * which workload. A key of its parts, not a string of them: every priced row looks its label up.
     */
    private record Anchor(String anchorRef, AcceleratorFamily family, UseCase workload) {}
}
