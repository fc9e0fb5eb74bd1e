package dev.iqconsole.profile;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.catalog.UseCase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Profiles with GIQ's semantics (docs/reference/gke-inference-quickstart.md §3.5, §4, §6): filters, operating point, cost, ranking, performance
 * range and a comment when nothing is returned; plus the benchmark data behind them. Built once from the catalog and
 * the curves, then read-only and thread-safe.
 */
@Service
public class ProfileService {

    /** The use case of a request that names none where one is needed (manifests, benchmarks): GIQ's default. */
    public static final String DEFAULT_USE_CASE = "chatbot";

    private final Catalog catalog;
    private final Pricer pricer;
    private final QueryChecks checks;
    /** The curves made ready for queries, off the start path: the first query waits for them. */
    private final CompletableFuture<Ready> ready;

    /**
     * @param catalogCurves the catalog's curves, every use case
     * @param workloads curves for average lengths a request asks for, built on demand
     * @param knownServers the catalog's servers and those of the curves
     */
    private record Ready(CurveAnswers catalogCurves, WorkloadCurves workloads, Set<String> knownServers) {}

    @Autowired
    public ProfileService(Catalog catalog, CurveCatalog curves) {
        this(catalog, curves, new Pricer(catalog));
    }

    /** With a given pricer, whose labels an answer's rows then share (a test's plain way prices with the same). */
    ProfileService(Catalog catalog, CurveCatalog curves, Pricer pricer) {
        this.catalog = catalog;
        this.pricer = pricer;
        this.checks = new QueryChecks(catalog);
        this.ready = Background.run("profile-answers", () -> ready(curves));
    }

    private Ready ready(CurveCatalog curves) {
        List<Curve> all = curves.curves();
        var catalogCurves = CurveAnswers.of(catalog, all, CurveIndex.byKey(catalog), pricer, curves.exclusions());
        Set<String> knownServers = new HashSet<>();
        catalog.modelServers().forEach(s -> knownServers.add(s.id()));
        all.forEach(c -> knownServers.add(c.key().modelServer()));
        return new Ready(catalogCurves, new WorkloadCurves(catalog, pricer, catalogCurves), Set.copyOf(knownServers));
    }

    private CurveAnswers catalogCurves() {
        return Background.await(ready).catalogCurves();
    }

    private CurveIndex index() {
        return catalogCurves().index();
    }

    public ProfileResult fetch(ProfileQuery query) {
        PricingModel pricingModel = QueryChecks.pricingModel(query.pricingModel());
        double ratio = QueryChecks.costRatio(query.outputInputCostRatio());
        QueryChecks.targets(query.targets());
        QueryChecks.cost("costPerMillionOutputTokens", query.targetUsdPerMillionOutput());
        QueryChecks.cost("costPerMillionInputTokens", query.targetUsdPerMillionInput());
        UseCase useCase = checks.useCase(query.useCase());
        String model = blankToNull(query.model());
        String server = blankToNull(query.modelServer());
        requireKnown(model, server, query.modelServerVersion());
        checks.averageLengths(query.averageInputLength(), query.averageOutputLength(), model);

        CurveAnswers answers = query.averageInputLength() == null
                ? catalogCurves()
                : Background.await(ready)
                        .workloads()
                        .answers(useCase, query.averageInputLength(), query.averageOutputLength(), model);
        int[] matching =
                CurveFilter.matching(answers.index(), model, server, query.modelServerVersion(), useCase, null);
        List<Profile> returned;
        boolean someMeetLatency;
        PerformanceRange range;
        if (InflectionProfiles.apply(query.targets(), ratio)) {
            someMeetLatency = matching.length > 0;
            Profile[] ranked = answers.inflections().ranked(matching, pricingModel, query.order());
            if (CostTargets.any(query)) {
                returned = new ArrayList<>();
                for (Profile profile : ranked) {
                    if (CostTargets.met(profile.at(), query)) {
                        returned.add(profile);
                    }
                }
                range = PerformanceRange.over(returned);
            } else {
                returned = Arrays.asList(ranked);
                range = answers.inflections().range(matching);
            }
        } else {
            var answer = answers.atTargets()
                    .answer(
                            matching,
                            query.targets(),
                            pricingModel,
                            ratio,
                            query.order(),
                            CostTargets.any(query) ? priced -> CostTargets.met(priced, query) : null);
            returned = answer.profiles();
            someMeetLatency = answer.someMeetLatency();
            range = answer.range();
        }
        List<Profile> answer = returned;
        boolean anyMeetsLatency = someMeetLatency;
        return new ProfileResult(
                returned,
                range,
                () -> answer.isEmpty()
                        ? TargetComments.whenNoneReturned(
                                        CurveFilter.curves(answers.index(), matching), query.targets(), anyMeetsLatency)
                                + WorkloadComments.whyNone(answers, query, matching.length)
                        : LabelComments.of(publishedRows(answers, matching, query, pricingModel, ratio), answer.size())
                                + WorkloadComments.lengths(answer));
    }

    /**
     * The answer's rows labeled published, found without reading the others: only curves with published points can
     * have one, and each of those is read the plain way (a few dozen, against up to 100,000 rows).
     */
    private List<Profile> publishedRows(
            CurveAnswers answers, int[] matching, ProfileQuery query, PricingModel pricingModel, double ratio) {
        List<Profile> rows = new ArrayList<>();
        for (int position : answers.withPublishedPoints()) {
            if (Arrays.binarySearch(matching, position) < 0) {
                continue;
            }
            var profile = InflectionProfiles.apply(query.targets(), ratio)
                    ? Optional.of(answers.inflections().profile(position, pricingModel))
                    : answers.atTargets().plainProfile(position, query.targets(), pricingModel, ratio);
            profile.filter(p -> p.at().label().isPublished())
                    .filter(p -> !CostTargets.any(query) || CostTargets.met(p.at(), query))
                    .ifPresent(rows::add);
        }
        return rows;
    }

    /**
     * Whether the figures of a curve's point are published or modeled, and on what they rest: what every page shows
     * for a row, decided where the API's answers decide it.
     */
    public DataLabel label(Curve curve, CurvePoint point) {
        return pricer.label(curve, point);
    }

    /**
     * Why the profile's server was ranked before others with the same figures: {@code no server-specific measurement:
     * vLLM, SGLang and TGI share this modeled curve} for a curve of the calibrated model that several servers share;
     * empty otherwise.
     */
    public Optional<String> sharedCurve(Profile profile) {
        return pricer.sharedCurve(profile.curve());
    }

    /** Every point of the matching curves, priced: GIQ's {@code benchmarkingData:fetch}. */
    public List<BenchmarkCurve> benchmarks(BenchmarkQuery query) {
        return benchmarks(query, null, null);
    }

    /**
     * {@link #benchmarks(BenchmarkQuery)} for a workload of asked average lengths (both or neither): the curves
     * {@link #fetch} answers those lengths with.
     */
    public List<BenchmarkCurve> benchmarks(
            BenchmarkQuery query, Integer averageInputLength, Integer averageOutputLength) {
        QueryChecks.required("model", query.model());
        QueryChecks.required("modelServer", query.modelServer());
        PricingModel pricingModel = QueryChecks.pricingModel(query.pricingModel());
        double ratio = QueryChecks.costRatio(query.outputInputCostRatio());
        UseCase useCase = query.useCase() == null || query.useCase().isBlank()
                ? catalog.useCase(DEFAULT_USE_CASE).orElse(null)
                : checks.useCase(query.useCase());
        requireKnown(query.model(), query.modelServer(), query.modelServerVersion());
        String machineType = blankToNull(query.machineType());
        if (machineType != null && catalog.machineType(machineType).isEmpty()) {
            throw ProfileQueryException.notFound(
                    "instanceType",
                    machineType,
                    QueryChecks.allowed(
                            catalog.machineTypes().stream().map(m -> m.name()).toList()));
        }
        checks.averageLengths(averageInputLength, averageOutputLength, query.model());
        CurveIndex index = averageInputLength == null
                ? index()
                : Background.await(ready)
                        .workloads()
                        .answers(
                                blankToNull(query.useCase()) == null ? null : useCase,
                                averageInputLength,
                                averageOutputLength,
                                query.model())
                        .index();
        UseCase byKey = averageInputLength != null && blankToNull(query.useCase()) == null ? null : useCase;
        List<BenchmarkCurve> result = new ArrayList<>();
        for (int position : CurveFilter.matching(
                index, query.model(), query.modelServer(), query.modelServerVersion(), byKey, machineType)) {
            Curve curve = index.curve(position);
            UseCase curveUseCase = index.useCase(position);
            List<PricedPoint> points = curve.points().stream()
                    .map(p -> pricer.price(curve, p, curveUseCase, pricingModel, ratio))
                    .toList();
            result.add(new BenchmarkCurve(curve, curveUseCase, points));
        }
        return result;
    }

    /** {@link #benchmarks} as {@code gcloud container ai profiles benchmarks list} prints it. */
    public String benchmarksCsv(BenchmarkQuery query) {
        return BenchmarkCsv.write(benchmarks(query));
    }

    /** The models that have profiles, as GIQ's {@code models:fetch} (the catalog may list more). */
    public List<String> modelsWithProfiles() {
        return List.copyOf(index().models());
    }

    public List<String> modelServers(String model) {
        QueryChecks.required("model", model);
        requireKnown(model, null, null);
        return List.copyOf(index().servers(model));
    }

    public List<String> modelServerVersions(String model, String modelServer) {
        QueryChecks.required("model", model);
        QueryChecks.required("modelServer", modelServer);
        requireKnown(model, modelServer, null);
        return index().versions(model, modelServer);
    }

    /** Model x server x version combinations that have profiles; {@code null} filters match everything. */
    public List<ServerSetup> serverSetups(String model, String modelServer, String versionSelector) {
        requireKnown(blankToNull(model), blankToNull(modelServer), versionSelector);
        Set<ServerSetup> setups = new LinkedHashSet<>();
        CurveIndex index = index();
        for (Curve curve : CurveFilter.curves(
                index,
                CurveFilter.matching(
                        index, blankToNull(model), blankToNull(modelServer), versionSelector, null, null))) {
            setups.add(new ServerSetup(curve.key().model(), curve.key().modelServer(), CurveIndex.version(curve)));
        }
        return setups.stream()
                .sorted(Comparator.comparing(ServerSetup::model)
                        .thenComparing(ServerSetup::modelServer)
                        .thenComparing((a, b) -> index.newestFirst(a.modelServer())
                                .compare(a.modelServerVersion(), b.modelServerVersion())))
                .toList();
    }

    public List<UseCase> useCases() {
        return catalog.useCases();
    }

    private void requireKnown(String model, String server, String versionSelector) {
        checks.known(index(), Background.await(ready).knownServers(), model, server, versionSelector);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
