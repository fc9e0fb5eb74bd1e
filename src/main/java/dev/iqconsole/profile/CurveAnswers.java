package dev.iqconsole.profile;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.UseCase;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One set of curves made ready for queries: indexed, with their inflection profiles precomputed and the positions of
 * the few curves that have published points. The catalog's curves are one such set, built at start; each workload a
 * request asks for by its average lengths is another, built on demand ({@link WorkloadCurves}).
 *
 * @param exclusions why combinations of the set have no curve (shown when an answer is empty)
 */
record CurveAnswers(
        CurveIndex index,
        InflectionProfiles inflections,
        TargetProfiles atTargets,
        int[] withPublishedPoints,
        List<Exclusion> exclusions) {

    static CurveAnswers of(
            Catalog catalog,
            List<Curve> curves,
            Function<Curve, UseCase> useCaseOf,
            Pricer pricer,
            List<Exclusion> exclusions) {
        CurveIndex index = new CurveIndex(catalog, curves, useCaseOf);
        int[] withPublishedPoints = IntStream.range(0, index.size())
                .filter(position -> DataLabels.hasPublishedPoints(index.curve(position)))
                .toArray();
        return new CurveAnswers(
                index,
                new InflectionProfiles(index, pricer),
                new TargetProfiles(index, pricer),
                withPublishedPoints,
                List.copyOf(exclusions));
    }
}
