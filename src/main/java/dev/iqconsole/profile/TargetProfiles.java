package dev.iqconsole.profile;

import dev.iqconsole.catalog.Price;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.catalog.UseCase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * The profiles of queries with latency targets (or a cost ratio of their own), where each curve is read at a point
 * that depends on the query. Each curve's operating point and cost are computed as numbers ({@link CurveTable}), the
 * filters, ranking keys and performance range work on those numbers, and the answer's list is ranked and its
 * {@link Profile} objects built as it is read ({@link RankedProfiles}): 20,000 profiles in one answer cost no object
 * each, and a page of them does not sort the rest. The plain way (price every curve, sort the objects) answers all
 * 20,000 curves in 30 ms at the median, against 1.0 ms for this (docs/decisions/0010-proportionate-profile-engine.md).
 * One thread reads them: a second one, tried, gained 0.2 ms at the median and lost it at p99.
 */
final class TargetProfiles {

    private final CurveIndex index;
    private final CurveTable table;
    private final Pricer pricer;
    /** Per pricing model, each position's hourly price as a number, {@code NaN} without one. */
    private final Map<PricingModel, double[]> usdPerHourByPricingModel = new ConcurrentHashMap<>();

    /** What a query answered with: ranked profiles, their range, and whether any curve met the latency targets. */
    record Answer(List<Profile> profiles, PerformanceRange range, boolean someMeetLatency) {}

    TargetProfiles(CurveIndex index, Pricer pricer) {
        this.index = index;
        this.pricer = pricer;
        List<Curve> curves = new ArrayList<>(index.size());
        for (int position = 0; position < index.size(); position++) {
            curves.add(index.curve(position));
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
        var query = new Query(
                positions,
                targets,
                pricingModel,
                ratio,
                meetsCostTargets,
                usdPerHourByPricingModel.computeIfAbsent(pricingModel, this::hourlyPrices),
                new ProfileRanking(positions.length, order));
        var read = query.read();
        IntFunction<int[]> rankedPrefix = wanted -> {
            int[] ranked = query.ranking.sortedPrefix(wanted);
            for (int rank = 0; rank < ranked.length; rank++) {
                ranked[rank] = query.kept[ranked[rank]];
            }
            return ranked;
        };
        var profiles = new RankedProfiles(
                read.count, rankedPrefix, position -> profileAt(position, targets, pricingModel, ratio));
        return new Answer(profiles, read.spreads.range(), read.someMeetLatency);
    }

    /** One query's inputs and the arrays it fills: kept positions and ranking keys, in list order. */
    private final class Query {
        final int[] positions;
        final LatencyTargets targets;
        final TableTargets numbers;
        final PricingModel pricingModel;
        final double ratio;
        final Predicate<PricedPoint> meetsCostTargets;
        final double[] usdPerHour;
        final int[] kept;
        final ProfileRanking ranking;

        Query(
                int[] positions,
                LatencyTargets targets,
                PricingModel pricingModel,
                double ratio,
                Predicate<PricedPoint> meetsCostTargets,
                double[] usdPerHour,
                ProfileRanking ranking) {
            this.positions = positions;
            this.targets = targets;
            this.numbers = TableTargets.of(targets);
            this.pricingModel = pricingModel;
            this.ratio = ratio;
            this.meetsCostTargets = meetsCostTargets;
            this.usdPerHour = usdPerHour;
            this.kept = new int[positions.length];
            this.ranking = ranking;
        }

        /** Reads the curves, a chunk at a time, into kept and ranking. */
        Read read() {
            var found = new Read();
            var reading = new TableReading();
            var points = new ChunkPoints(Math.min(CurveTable.CHUNK, positions.length));
            for (int from = 0; from < positions.length; from += CurveTable.CHUNK) {
                int to = Math.min(positions.length, from + CurveTable.CHUNK);
                table.prefetch(positions, from, to, numbers, reading);
                points.size = 0;
                for (int i = from; i < to; i++) {
                    int position = positions[i];
                    if (!table.read(position, i - from, numbers, reading)) {
                        continue;
                    }
                    found.someMeetLatency = true;
                    if (meetsCostTargets != null
                            && !meetsCostTargets.test(profileAt(position, targets, pricingModel, ratio)
                                    .at())) {
                        continue; // cost targets compare the exact figures: those few queries build the priced point
                    }
                    points.add(position, reading);
                }
                // the chunk's costs, ranking keys and spreads in loops of their own: each curve's arithmetic is a
                // long chain of divisions, which the processor overlaps across curves only with little in between
                for (int j = 0; j < points.size; j++) {
                    int position = points.positions[j];
                    points.costs[j] = usdPerMillionOutput(points, j, usdPerHour[position], ratio);
                }
                for (int j = 0; j < points.size; j++) {
                    kept[found.count++] = points.positions[j];
                    ranking.add(points.output[j], points.ntpot[j], points.costs[j]);
                    found.spreads.add(
                            points.output[j], points.input[j], points.ntpot[j], points.ttft[j], points.itl[j]);
                }
            }
            return found;
        }
    }

    /** The curve's profile at the targets read the plain way; empty when it cannot meet them. */
    Optional<Profile> plainProfile(int position, LatencyTargets targets, PricingModel pricingModel, double ratio) {
        Curve curve = index.curve(position);
        UseCase useCase = index.useCase(position);
        return OperatingPoints.of(curve, index.shape(position), targets)
                .map(point -> new Profile(curve, useCase, pricer.price(curve, point, useCase, pricingModel, ratio)));
    }

    /** The profile as reading one curve the plain way gives it: {@link CurveTable} gives the same numbers. */
    private Profile profileAt(int position, LatencyTargets targets, PricingModel pricingModel, double ratio) {
        Curve curve = index.curve(position);
        CurvePoint point = OperatingPoints.of(curve, index.shape(position), targets)
                .orElseThrow(() -> new IllegalStateException(curve.key() + " has no operating point"));
        UseCase useCase = index.useCase(position);
        return new Profile(curve, useCase, pricer.price(curve, point, useCase, pricingModel, ratio));
    }

    /** What {@link Pricer#price} gives as $/M output, as ranking reads it; {@code NaN} without a cost. */
    private double usdPerMillionOutput(ChunkPoints points, int j, double usdPerHour, double ratio) {
        if (Double.isNaN(usdPerHour)) {
            return Double.NaN;
        }
        double outputTokensPerSecond = points.output[j];
        UseCase useCase = index.useCase(points.positions[j]);
        double input = Pricer.inputTokensPerSecond(outputTokensPerSecond, points.input[j], useCase);
        double cost = TokenCosts.usdPerMillionOutput(usdPerHour, outputTokensPerSecond, input, ratio);
        return Double.isNaN(cost) ? Double.NaN : TokenCosts.roundedUsd(cost);
    }

    /** What reading the curves found: how many were kept, whether any met the latency targets, their spreads. */
    private static final class Read {
        int count;
        boolean someMeetLatency;
        final PerformanceRange.Spreads spreads = new PerformanceRange.Spreads();
    }

    /** The operating points of one chunk of curves, as numbers side by side; reused from chunk to chunk. */
    private static final class ChunkPoints {
        final int[] positions;
        final double[] output;
        final double[] input;
        final double[] ntpot;
        final double[] ttft;
        final double[] itl;
        final double[] costs;
        int size;

        /** For chunks of up to {@code capacity} curves: no larger than the query, which may read a handful. */
        ChunkPoints(int capacity) {
            positions = new int[capacity];
            output = new double[capacity];
            input = new double[capacity];
            ntpot = new double[capacity];
            ttft = new double[capacity];
            itl = new double[capacity];
            costs = new double[capacity];
        }

        void add(int position, TableReading reading) {
            positions[size] = position;
            output[size] = reading.outputTokensPerSecond;
            input[size] = reading.inputTokensPerSecond;
            ntpot[size] = reading.ntpotMs;
            ttft[size] = reading.ttftMs;
            itl[size] = reading.itlMs;
            size++;
        }
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
