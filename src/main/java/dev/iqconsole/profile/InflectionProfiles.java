package dev.iqconsole.profile;

import dev.iqconsole.catalog.PricingModel;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The profiles of queries without a latency target at the default cost ratio. Such a query reads every curve at its
 * inflection point, and the cost there depends only on the pricing model, so each curve's profile is priced once and
 * all of them ranked once per order, the first time a pricing model is asked for. Answering is then a filter over a
 * ranked array: no pricing, no sorting and no allocation per profile (100,000 profiles in one answer).
 */
final class InflectionProfiles {

    private final CurveIndex index;
    private final Pricer pricer;
    private final Map<PricingModel, Prepared> byPricingModel = new ConcurrentHashMap<>();
    /**
     * The five metrics of each inflection point side by side, by position: the performance range of 100,000 profiles
     * then reads one array in order instead of following three references per profile around the heap.
     */
    private final double[] metrics;

    /** Each curve's profile by its position in key order, and the positions ranked by each order. */
    private record Prepared(Profile[] byPosition, Map<ProfileOrder, RankedPositions> rankings) {}

    InflectionProfiles(CurveIndex index, Pricer pricer) {
        this.index = index;
        this.pricer = pricer;
        this.metrics = new double[index.size() * METRICS];
        for (int position = 0; position < index.size(); position++) {
            CurvePoint p = index.curve(position).inflection();
            int at = position * METRICS;
            metrics[at] = p.outputTokensPerSecond();
            metrics[at + 1] = p.inputTokensPerSecond();
            metrics[at + 2] = p.ntpotMs();
            metrics[at + 3] = p.ttftMs();
            metrics[at + 4] = p.itlMs();
        }
    }

    private static final int METRICS = 5;

    static boolean apply(LatencyTargets targets, double ratio) {
        return targets.isEmpty() && ratio == TokenCosts.DEFAULT_OUTPUT_INPUT_COST_RATIO;
    }

    /** The profiles of the curves at {@code positions} (distinct), ranked by {@code order}. */
    Profile[] ranked(int[] positions, PricingModel pricingModel, ProfileOrder order) {
        Prepared prepared = byPricingModel.computeIfAbsent(pricingModel, this::prepare);
        int[] ranked = prepared.rankings().get(order).inRankOrder(positions);
        Profile[] profiles = new Profile[ranked.length];
        for (int i = 0; i < ranked.length; i++) {
            profiles[i] = prepared.byPosition()[ranked[i]];
        }
        return profiles;
    }

    /** The profile of the curve at {@code position}. */
    Profile profile(int position, PricingModel pricingModel) {
        return byPricingModel.computeIfAbsent(pricingModel, this::prepare).byPosition()[position];
    }

    /** The performance range of the profiles at {@code positions}, as {@link PerformanceRange#over} gives it. */
    PerformanceRange range(int[] positions) {
        var spreads = new PerformanceRange.Spreads();
        for (int position : positions) {
            int at = position * METRICS;
            spreads.add(metrics[at], metrics[at + 1], metrics[at + 2], metrics[at + 3], metrics[at + 4]);
        }
        return spreads.range();
    }

    private Prepared prepare(PricingModel pricingModel) {
        Profile[] byPosition = new Profile[index.size()];
        for (int position = 0; position < byPosition.length; position++) {
            Curve curve = index.curve(position);
            PricedPoint priced = pricer.price(
                    curve,
                    curve.inflection(),
                    index.useCase(position),
                    pricingModel,
                    TokenCosts.DEFAULT_OUTPUT_INPUT_COST_RATIO);
            byPosition[position] = new Profile(curve, index.useCase(position), priced);
        }
        Map<ProfileOrder, RankedPositions> rankings = new EnumMap<>(ProfileOrder.class);
        for (ProfileOrder order : ProfileOrder.values()) {
            rankings.put(order, new RankedPositions(ProfileRanking.order(Arrays.asList(byPosition), order)));
        }
        return new Prepared(byPosition, rankings);
    }
}
