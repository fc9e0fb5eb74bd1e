package dev.iqconsole.profile;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.Price;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.catalog.UseCase;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts a cost and a data label on a curve point. Every cost is computed with {@link TokenCosts} from the one hourly
 * price the catalog's price sheet gives the machine type (region and date as configured): a published point keeps
 * its throughput and latency, and its published cost travels in its {@link DataLabel} as a reference only, since it
 * was computed from the prices of its own date. Without a price the cost is N/A ({@code null}).
 */
final class Pricer {

    private final Catalog catalog;
    private final DataLabels labels;
    /** Per pricing model, machine type to its hourly price (a lookup per priced point: no key concatenation). */
    private final Map<PricingModel, Map<String, Optional<Price>>> prices = new EnumMap<>(PricingModel.class);

    Pricer(Catalog catalog) {
        this.catalog = catalog;
        this.labels = new DataLabels(catalog);
        for (PricingModel pricingModel : PricingModel.values()) {
            prices.put(pricingModel, new ConcurrentHashMap<>());
        }
    }

    PricedPoint price(Curve curve, CurvePoint point, UseCase useCase, PricingModel pricingModel, double ratio) {
        TokenCost cost = priceOf(curve.key().machineType(), pricingModel)
                .flatMap(price -> TokenCosts.computed(
                        price, point.outputTokensPerSecond(), inputTokensPerSecond(point, useCase), ratio))
                .orElse(null);
        return new PricedPoint(point, cost, labels.of(curve, point));
    }

    /** The label {@link #price} gives the point. */
    DataLabel label(Curve curve, CurvePoint point) {
        return labels.of(curve, point);
    }

    /** The use case a curve was modeled for, with its lengths: see {@link DataLabels#workloadOf}. */
    UseCase workloadOf(Curve curve) {
        return labels.workloadOf(curve);
    }

    /** See {@link DataLabels#sharedCurve}. */
    Optional<String> sharedCurve(Curve curve) {
        return labels.sharedCurve(curve);
    }

    /** The machine type's hourly price that {@link #price} computes costs from. */
    Optional<Price> priceOf(String machineType, PricingModel pricingModel) {
        return prices.get(pricingModel).computeIfAbsent(machineType, name -> catalog.price(name, pricingModel));
    }

    /**
     * A curve without input throughput (most published points) is priced with the input rate its use case implies:
     * output tok/s x average input / average output length.
     */
    static double inputTokensPerSecond(CurvePoint point, UseCase useCase) {
        return inputTokensPerSecond(point.outputTokensPerSecond(), point.inputTokensPerSecond(), useCase);
    }

    static double inputTokensPerSecond(double outputTokensPerSecond, double inputTokensPerSecond, UseCase useCase) {
        if (!Double.isNaN(inputTokensPerSecond) || useCase == null || useCase.averageOutputTokens() <= 0) {
            return inputTokensPerSecond;
        }
        return outputTokensPerSecond * useCase.averageInputTokens() / useCase.averageOutputTokens();
    }

    /** Sources annotate the pricing model ("spot (inferred: ...)"); the name is the first word. */
    static String pricingModelName(String published) {
        if (published == null) {
            return "";
        }
        String trimmed = published.trim();
        int end = 0;
        while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end)) && trimmed.charAt(end) != '(') {
            end++;
        }
        return trimmed.substring(0, end);
    }
}
