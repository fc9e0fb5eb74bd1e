package dev.iqconsole.profile;

import dev.iqconsole.catalog.Price;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.catalog.UseCase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * The profiles of queries with latency targets (or a cost ratio of their own), where each curve is read at a point
 * that depends on the query. Each curve's operating point and cost are computed as numbers ({@link CurveTable}), the
 * filters, ranking keys and performance range work on those numbers, and the answer's list is ranked and its
 * {@link Profile} objects built as it is read ({@link RankedProfiles}): 100,000 profiles in one answer cost no object
 * each, and a page of them does not sort the rest (issue 3).
 */
final class TargetProfiles {

    private final CurveIndex index;
    private final CurveTable table;
    private final Pricer pricer;
    /** By position: whether the curve's model has published costs, which {@link Pricer} may keep verbatim. */
    private final boolean[] mayBePublished;
    /** Per pricing model, each position's hourly price as a number, {@code NaN} without one. */
    private final Map<PricingModel, double[]> usdPerHourByPricingModel = new ConcurrentHashMap<>();

    /** What a query answered with: ranked profiles, their range, and whether any curve met the latency targets. */
    record Answer(List<Profile> profiles, PerformanceRange range, boolean someMeetLatency) {}

    TargetProfiles(CurveIndex index, Pricer pricer) {
        this.index = index;
        this.pricer = pricer;
        List<Curve> curves = new ArrayList<>(index.size());
        this.mayBePublished = new boolean[index.size()];
        for (int position = 0; position < index.size(); position++) {
            curves.add(index.curve(position));
            mayBePublished[position] = pricer.mayKeepPublishedCost(
                    index.curve(position).key(), TokenCosts.DEFAULT_OUTPUT_INPUT_COST_RATIO);
        }
        this.table = new CurveTable(curves);
    }

    /**
     * The profiles of the curves at {@code positions} (distinct, in key order) that meet {@code targets} and, when
     * given, {@code meetsCostTargets}, ranked by {@code order}.
     */
    Answer answer(
            int[] positions,
            LatencyTargets targets,
            PricingModel pricingModel,
            double ratio,
            ProfileOrder order,
            Predicate<PricedPoint> meetsCostTargets) {
        double[] usdPerHour = usdPerHourByPricingModel.computeIfAbsent(pricingModel, this::hourlyPrices);
        var numbers = CurveTable.Targets.of(targets);
        var reading = new CurveTable.Reading();
        var spreads = new PerformanceRange.Spreads();
        int[] kept = new int[positions.length];
        int count = 0;
        var ranking = new ProfileRanking(positions.length, order);
        boolean someMeetLatency = false;
        for (int from = 0; from < positions.length; from += CurveTable.CHUNK) {
            int to = Math.min(positions.length, from + CurveTable.CHUNK);
            table.prefetch(positions, from, to, numbers, reading);
            for (int i = from; i < to; i++) {
                int position = positions[i];
                if (!table.read(position, i - from, numbers, reading)) {
                    continue;
                }
                someMeetLatency = true;
                if (meetsCostTargets != null
                        && !meetsCostTargets.test(profileAt(position, targets, pricingModel, ratio)
                                .at())) {
                    continue; // cost targets compare the exact figures, so those few queries build the priced point
                }
                double cost = usdPerMillionOutput(position, reading, usdPerHour[position], pricingModel, ratio);
                kept[count++] = position;
                ranking.add(reading.outputTokensPerSecond, reading.ntpotMs, cost);
                spreads.add(
                        reading.outputTokensPerSecond,
                        reading.inputTokensPerSecond,
                        reading.ntpotMs,
                        reading.ttftMs,
                        reading.itlMs);
            }
        }
        IntFunction<int[]> rankedPrefix = wanted -> {
            int[] ranked = ranking.sortedPrefix(wanted);
            for (int rank = 0; rank < ranked.length; rank++) {
                ranked[rank] = kept[ranked[rank]];
            }
            return ranked;
        };
        var profiles =
                new RankedProfiles(count, rankedPrefix, position -> profileAt(position, targets, pricingModel, ratio));
        return new Answer(profiles, spreads.range(), someMeetLatency);
    }

    /** The profile as reading one curve the plain way gives it: {@link CurveTable} gives the same numbers. */
    private Profile profileAt(int position, LatencyTargets targets, PricingModel pricingModel, double ratio) {
        Curve curve = index.curve(position);
        CurvePoint point = OperatingPoints.of(curve, index.shape(position), targets)
                .orElseThrow(() -> new IllegalStateException(curve.key() + " has no operating point"));
        UseCase useCase = index.useCase(position);
        return new Profile(curve, useCase, pricer.price(curve.key(), point, useCase, pricingModel, ratio));
    }

    /** What {@link Pricer#price} gives as $/M output, as ranking reads it; {@code NaN} without a cost. */
    private double usdPerMillionOutput(
            int position, CurveTable.Reading at, double usdPerHour, PricingModel pricingModel, double ratio) {
        UseCase useCase = index.useCase(position);
        if (mayBePublished[position] && ratio == TokenCosts.DEFAULT_OUTPUT_INPUT_COST_RATIO) {
            // GIQ's own points, a few hundred: matching them by value is Pricer's business
            var point = new CurvePoint(
                    Double.NaN,
                    at.outputTokensPerSecond,
                    at.inputTokensPerSecond,
                    at.ntpotMs,
                    at.ttftMs,
                    at.itlMs,
                    Provenance.MODELED);
            PricedPoint priced = pricer.price(index.curve(position).key(), point, useCase, pricingModel, ratio);
            return priced.hasCost() ? priced.cost().usdPerMillionOutput().doubleValue() : Double.NaN;
        }
        if (Double.isNaN(usdPerHour)) {
            return Double.NaN;
        }
        double input = Pricer.inputTokensPerSecond(at.outputTokensPerSecond, at.inputTokensPerSecond, useCase);
        double cost = TokenCosts.usdPerMillionOutput(usdPerHour, at.outputTokensPerSecond, input, ratio);
        return Double.isNaN(cost) ? Double.NaN : TokenCosts.roundedUsd(cost);
    }

    private double[] hourlyPrices(PricingModel pricingModel) {
        double[] usdPerHour = new double[index.size()];
        for (int position = 0; position < usdPerHour.length; position++) {
            usdPerHour[position] = pricer.priceOf(index.curve(position).key().machineType(), pricingModel)
                    .map(Price::usdPerHour)
                    .map(BigDecimal::doubleValue)
                    .orElse(Double.NaN);
        }
        return usdPerHour;
    }
}
