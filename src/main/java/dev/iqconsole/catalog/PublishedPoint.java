package dev.iqconsole.catalog;

import java.math.BigDecimal;

/**
 * One published benchmark point, copied verbatim from its source. Unknown values are {@code null}, never guessed.
 *
 * @param provenance {@code published} or {@code published-digitized}
 * @param profilePoint whether GIQ returned this point as the profile (the inflection point)
 */
public record PublishedPoint(
        String id,
        String model,
        String modelServer,
        String serverVersion,
        String machineType,
        String accelerator,
        int acceleratorCount,
        String useCase,
        Double queriesPerSecond,
        double outputTokensPerSecond,
        Double inputTokensPerSecond,
        double ntpotMs,
        Double ttftMs,
        Double itlMs,
        BigDecimal publishedUsdPerMillionInput,
        BigDecimal publishedUsdPerMillionOutput,
        String publishedPricingModel,
        String provenance,
        boolean profilePoint,
        String source) {}
