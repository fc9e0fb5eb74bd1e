package dev.iqconsole.profile;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.UseCase;
import dev.iqconsole.profile.calibration.ServingFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curves of a workload asked for by its average lengths ({@code workloadSpec.averageInputLength/OutputLength}):
 * every modeled curve computed on demand by the calibrated serving model at exactly those lengths, plus the catalog's
 * curves with published points whose use case lies within ±20% of them (GIQ's matching rule, kept for what is
 * published). The last {@link #CACHED} workloads asked for are kept: a client paging through an answer, or a page
 * whose settings change around one workload, builds it once.
 */
final class WorkloadCurves {

    /** Each entry holds one model's curves (a few dozen) or the catalog's for one workload (a few hundred). */
    static final int CACHED = 64;

    private final Catalog catalog;
    private final Pricer pricer;
    private final CurveAnswers catalogCurves;
    private ServingFacts facts;

    private final Map<Key, CurveAnswers> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CurveAnswers> eldest) {
            return size() > CACHED;
        }
    };

    private record Key(String useCase, int input, int output, String model) {}

    WorkloadCurves(Catalog catalog, Pricer pricer, CurveAnswers catalogCurves) {
        this.catalog = catalog;
        this.pricer = pricer;
        this.catalogCurves = catalogCurves;
    }

    /**
     * @param named the use case the request also names, {@code null} for none
     * @param model one model's curves, {@code null} for every model's
     */
    CurveAnswers answers(UseCase named, int input, int output, String model) {
        var key = new Key(named == null ? null : named.apiName(), input, output, model);
        synchronized (cache) {
            CurveAnswers cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        CurveAnswers built = build(named, input, output, model); // outside the lock: others' hits do not wait
        synchronized (cache) {
            cache.putIfAbsent(key, built);
            return cache.get(key);
        }
    }

    private CurveAnswers build(UseCase named, int input, int output, String model) {
        List<Curve> curves = new ArrayList<>();
        CurveIndex index = catalogCurves.index();
        for (int position : catalogCurves.withPublishedPoints()) {
            Curve curve = index.curve(position);
            UseCase useCase = index.useCase(position);
            if ((model == null || model.equals(curve.key().model()))
                    && useCase != null
                    && within20Percent(useCase.averageInputTokens(), input)
                    && within20Percent(useCase.averageOutputTokens(), output)) {
                curves.add(curve);
            }
        }
        var modeled = CurveBuilder.modeled(catalog, facts(), UseCase.asked(named, input, output), model);
        curves.addAll(modeled.curves());
        return CurveAnswers.of(catalog, curves, pricer::workloadOf, pricer, modeled.exclusions());
    }

    /** GIQ matches average input and output lengths within ±20% of the asked ones. */
    static boolean within20Percent(int actual, int asked) {
        return Math.abs(actual - asked) <= 0.2 * asked;
    }

    private synchronized ServingFacts facts() {
        if (facts == null) {
            facts = ServingFacts.packaged(catalog.models(), catalog.accelerators());
        }
        return facts;
    }
}
