package dev.iqconsole.profile;

import dev.iqconsole.catalog.Price;
import dev.iqconsole.catalog.PricingModel;
import java.math.BigDecimal;

/**
 * Equivalent token costs in USD per million tokens at one operating point.
 *
 * @param price the hourly price the cost was computed from; {@code null} when the cost is a published one kept
 *     verbatim
 * @param published whether both figures are copied verbatim from a published GIQ point
 */
public record TokenCost(
        BigDecimal usdPerMillionInput,
        BigDecimal usdPerMillionOutput,
        PricingModel pricingModel,
        double outputInputCostRatio,
        Price price,
        boolean published) {}
