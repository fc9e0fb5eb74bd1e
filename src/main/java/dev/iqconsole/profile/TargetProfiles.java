package dev.iqconsole.profile;

import dev.iqconsole.catalog.Price;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.catalog.UseCase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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
 * {@link Profile} objects built as it is read ({@link RankedProfiles}): 100,000 profiles in one answer cost no object
 * each, and a page of them does not sort the rest. Many curves are read in two halves on two threads (the
 * common fork-join pool; the caller works on one half and takes the other back if no pool thread is free).
 */
final class TargetProfiles {

    /** Below this many curves, one thread reads them all: a second one would not repay its start. */
    static final int PARALLEL_MIN = 16_384;

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
        // Many curves are read in two parts on two threads; each part fills its own range of kept and ranking.
        int middle = positions.length < PARALLEL_MIN
                ? positions.length
                : positions.length / 2 / CurveTable.CHUNK * CurveTable.CHUNK;
        Part[] parts = {new Part(0, middle), new Part(middle, positions.length)};
        if (middle == positions.length) {
            query.read(parts[0]);
        } else {
            Arrays.stream(parts).parallel().forEach(query::read);
        }
        // the second part's results follow the first's: list order, which ranking ties keep
        System.arraycopy(query.kept, middle, query.kept, parts[0].count, parts[1].count);
        query.ranking.join(parts[0].count, middle, parts[1].count);
        IntFunction<int[]> rankedPrefix = wanted -> {
            int[] ranked = query.ranking.sortedPrefix(wanted);
            for (int rank = 0; rank < ranked.length; rank++) {
                ranked[rank] = query.kept[ranked[rank]];
            }
            return ranked;
        };
        var profiles = new RankedProfiles(
                parts[0].count + parts[1].count,
                rankedPrefix,
                position -> profileAt(position, targets, pricingModel, ratio));
        return new Answer(
                profiles,
                parts[0].spreads.with(parts[1].spreads).range(),
                parts[0].someMeetLatency || parts[1].someMeetLatency);
    }

    /** One query's inputs and the arrays its parts fill: kept positions and ranking keys, in list order. */
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

        /** Reads the curves of {@code part}, a chunk at a time, into its range of kept and ranking. */
        void read(Part part) {
            var reading = new TableReading();
            var points = new ChunkPoints(Math.min(CurveTable.CHUNK, part.to - part.from));
            for (int from = part.from; from < part.to; from += CurveTable.CHUNK) {
                int to = Math.min(part.to, from + CurveTable.CHUNK);
                table.prefetch(positions, from, to, numbers, reading);
                points.size = 0;
                for (int i = from; i < to; i++) {
                    int position = positions[i];
                    if (!table.read(position, i - from, numbers, reading)) {
                        continue;
                    }
                    part.someMeetLatency = true;
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
                    int at = part.from + part.count++;
                    kept[at] = points.positions[j];
                    ranking.set(at, points.output[j], points.ntpot[j], points.costs[j]);
                    part.spreads.add(points.output[j], points.input[j], points.ntpot[j], points.ttft[j], points.itl[j]);
                }
            }
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

    /** A range of the positions read by one thread, and what it found. */
    private static final class Part {
        final int from;
        final int to;
        int count;
        boolean someMeetLatency;
        final PerformanceRange.Spreads spreads = new PerformanceRange.Spreads();

        Part(int from, int to) {
            this.from = from;
            this.to = to;
        }
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
