package dev.iqconsole.profile;

import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.catalog.UseCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The profiles of a query, the plain way: each matching curve read at its operating point (the inflection point, or
 * the best point meeting the latency targets, by scanning its points), priced, filtered by the cost targets, then
 * sorted by the query's order. Stable sort over curves in key order, so ties keep key order.
 */
final class PlainProfiles {

    private PlainProfiles() {}

    /** What a query answered with: ranked profiles, their range, and whether any curve met the latency targets. */
    record Answer(List<Profile> profiles, PerformanceRange range, boolean someMeetLatency) {}

    /**
     * @param positions the matching curves, in key order
     * @param meetsCostTargets {@code null} when the query has no cost target
     */
    static Answer answer(
            CurveIndex index,
            Pricer pricer,
            int[] positions,
            LatencyTargets targets,
            PricingModel pricingModel,
            double ratio,
            ProfileOrder order,
            Predicate<PricedPoint> meetsCostTargets) {
        List<Profile> profiles = new ArrayList<>();
        boolean someMeetLatency = false;
        for (int position : positions) {
            Curve curve = index.curve(position);
            Optional<CurvePoint> point = OperatingPoints.of(curve, targets);
            if (point.isEmpty()) {
                continue;
            }
            someMeetLatency = true;
            UseCase useCase = index.useCase(position);
            PricedPoint priced = pricer.price(curve, point.get(), useCase, pricingModel, ratio);
            if (meetsCostTargets == null || meetsCostTargets.test(priced)) {
                profiles.add(new Profile(curve, useCase, priced));
            }
        }
        profiles.sort(ranking(order));
        return new Answer(profiles, PerformanceRange.over(profiles), someMeetLatency);
    }

    /**
     * "Recommended" is GIQ's cheapest-first for the chosen pricing model: lowest $/M output tokens, ties to the higher
     * throughput; profiles without a price follow, by throughput. Also by throughput (highest first) or latency
     * (lowest NTPOT first, unknown last).
     */
    static Comparator<Profile> ranking(ProfileOrder order) {
        Comparator<Profile> throughputDescending = Comparator.comparingDouble(
                        (Profile p) -> p.at().point().outputTokensPerSecond())
                .reversed();
        return switch (order) {
            case RECOMMENDED ->
                Comparator.comparing((Profile p) -> !p.at().hasCost())
                        .thenComparing(
                                p -> p.at().hasCost() ? p.at().cost().usdPerMillionOutput() : null,
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(throughputDescending);
            case THROUGHPUT -> throughputDescending;
            case LATENCY ->
                Comparator.comparingDouble((Profile p) -> {
                            double ntpot = p.at().point().ntpotMs();
                            return Double.isNaN(ntpot) ? Double.POSITIVE_INFINITY : ntpot;
                        })
                        .thenComparing(throughputDescending);
        };
    }
}
