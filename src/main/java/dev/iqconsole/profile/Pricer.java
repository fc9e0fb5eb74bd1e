package dev.iqconsole.profile;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.Price;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.catalog.PublishedPoint;
import dev.iqconsole.catalog.UseCase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts a cost on a curve point. A point that GIQ published with a cost for the asked pricing model (and the default
 * ratio its costs assume) keeps that cost verbatim; any other is computed with {@link TokenCosts} from the catalog's
 * hourly price; without a price the cost is N/A ({@code null}).
 */
final class Pricer {

    /** Published points are matched to curve points by value; digitized figures are whole numbers. */
    private static final double SAME_VALUE = 0.5;

    private final Catalog catalog;
    private final Map<String, List<PublishedPoint>> publishedByMachine = new ConcurrentHashMap<>();
    /** Models with at least one published cost: lets the hot path skip the lookup without building a key. */
    private final Set<String> modelsWithPublishedCost = new HashSet<>();
    /** Per pricing model, machine type to its hourly price (a lookup per priced point: no key concatenation). */
    private final Map<PricingModel, Map<String, Optional<Price>>> prices = new EnumMap<>(PricingModel.class);

    Pricer(Catalog catalog) {
        this.catalog = catalog;
        for (PublishedPoint point : catalog.publishedPoints()) {
            if (point.publishedUsdPerMillionOutput() != null) {
                publishedByMachine
                        .computeIfAbsent(
                                machineKey(point.model(), point.modelServer(), point.machineType()),
                                k -> new ArrayList<>())
                        .add(point);
                modelsWithPublishedCost.add(point.model());
            }
        }
        for (PricingModel pricingModel : PricingModel.values()) {
            prices.put(pricingModel, new ConcurrentHashMap<>());
        }
    }

    PricedPoint price(ProfileKey key, CurvePoint point, UseCase useCase, PricingModel pricingModel, double ratio) {
        Optional<TokenCost> published =
                mayKeepPublishedCost(key, ratio) ? publishedCost(key, point, pricingModel) : Optional.empty();
        if (published.isPresent()) {
            return new PricedPoint(point, published.get());
        }
        TokenCost cost = priceOf(key.machineType(), pricingModel)
                .flatMap(price -> TokenCosts.computed(
                        price, point.outputTokensPerSecond(), inputTokensPerSecond(point, useCase), ratio))
                .orElse(null);
        return new PricedPoint(point, cost);
    }

    /** Whether {@link #price} may keep a published cost for the curve; if not, its cost is computed from a price. */
    boolean mayKeepPublishedCost(ProfileKey key, double ratio) {
        return ratio == TokenCosts.DEFAULT_OUTPUT_INPUT_COST_RATIO && modelsWithPublishedCost.contains(key.model());
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

    private Optional<TokenCost> publishedCost(ProfileKey key, CurvePoint point, PricingModel pricingModel) {
        return publishedByMachine
                .getOrDefault(machineKey(key.model(), key.modelServer(), key.machineType()), List.of())
                .stream()
                .filter(p -> pricingModel.apiName().equals(pricingModelName(p.publishedPricingModel())))
                .filter(p -> p.serverVersion() == null
                        || p.serverVersion().isBlank()
                        || p.serverVersion().equals(key.serverVersion()))
                .filter(p -> Math.abs(p.outputTokensPerSecond() - point.outputTokensPerSecond()) < SAME_VALUE
                        && Math.abs(p.ntpotMs() - point.ntpotMs()) < SAME_VALUE)
                .findFirst()
                .map(p -> new TokenCost(
                        p.publishedUsdPerMillionInput() != null
                                ? p.publishedUsdPerMillionInput()
                                : p.publishedUsdPerMillionOutput()
                                        .divide(
                                                BigDecimal.valueOf(TokenCosts.DEFAULT_OUTPUT_INPUT_COST_RATIO),
                                                9,
                                                RoundingMode.HALF_UP),
                        p.publishedUsdPerMillionOutput(),
                        pricingModel,
                        TokenCosts.DEFAULT_OUTPUT_INPUT_COST_RATIO,
                        null,
                        true));
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

    private static String machineKey(String model, String server, String machineType) {
        return model + "|" + server + "|" + machineType;
    }
}
