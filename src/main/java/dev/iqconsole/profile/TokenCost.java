package dev.iqconsole.profile;

import dev.iqconsole.catalog.Price;
import dev.iqconsole.catalog.PricingModel;
import java.math.BigDecimal;

/**
 * Equivalent token costs in USD per million tokens at one operating point, computed from one hourly price.
 *
 * @param price the hourly price of the price sheet in force that the cost was computed from
 */
public record TokenCost(
        BigDecimal usdPerMillionInput,
        BigDecimal usdPerMillionOutput,
        PricingModel pricingModel,
        double outputInputCostRatio,
        Price price) {}
