package dev.iqconsole.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The hourly price of one machine type under one pricing model, in USD, as published on a date in a region. */
public record Price(
        String machineType,
        PricingModel pricingModel,
        String region,
        LocalDate priceDate,
        BigDecimal usdPerHour,
        PriceScope scope,
        String source) {}
