package dev.iqconsole.profile;

import dev.iqconsole.catalog.UseCase;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/** A query's filters on the curves: model, server, version selector, use case and machine type. */
final class CurveFilter {

    private CurveFilter() {}

    /** The positions, in key order, of the curves that pass every filter; {@code null} filters match everything. */
    static int[] matching(
            CurveIndex index,
            String model,
            String server,
            String versionSelector,
            UseCase useCase,
            String machineType) {
        CurveIndex.Positions candidates = index.positionsOf(model);
        IntPredicate versionSelected = index.versionsSelectedBy(versionSelector);
        int[] matching = new int[candidates.to() - candidates.from()];
        int count = 0;
        boolean byKey = server != null || useCase != null || machineType != null;
        for (int position = candidates.from(); position < candidates.to(); position++) {
            // the key is read only when a filter needs it: 100,000 curves' keys are 100,000 trips around the heap
            if (versionSelected.test(position)
                    && (!byKey || keyMatches(index.curve(position).key(), server, useCase, machineType))) {
                matching[count++] = position;
            }
        }
        return count == matching.length ? matching : Arrays.copyOf(matching, count);
    }

    private static boolean keyMatches(ProfileKey key, String server, UseCase useCase, String machineType) {
        return (server == null || server.equals(key.modelServer()))
                && (useCase == null || useCase.apiName().equals(key.useCase()))
                && (machineType == null || machineType.equals(key.machineType()));
    }

    static List<Curve> curves(CurveIndex index, int[] positions) {
        return Arrays.stream(positions).mapToObj(index::curve).toList();
    }
}
