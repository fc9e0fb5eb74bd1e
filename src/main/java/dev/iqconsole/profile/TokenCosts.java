package dev.iqconsole.profile;

import dev.iqconsole.catalog.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * GIQ's cost formula (docs/reference/gke-inference-quickstart.md §6.3, from the gkerecommender {@code Cost} docs):
 * {@code $/M output = accelerator $/s x 1e6 / (input tok/s / R + output tok/s)} and {@code $/M input = $/M output /
 * R}, where R is the output-to-input cost ratio (default 4).
 */
final class TokenCosts {

    static final double DEFAULT_OUTPUT_INPUT_COST_RATIO = 4.0;

    /** Amount has nanos: nine decimals is exactly what the API can carry. */
    private static final int SCALE = 9;

    private TokenCosts() {}

    static Optional<TokenCost> computed(
            Price price, double outputTokensPerSecond, double inputTokensPerSecond, double ratio) {
        double perMillionOutput = usdPerMillionOutput(
                price.usdPerHour().doubleValue(), outputTokensPerSecond, inputTokensPerSecond, ratio);
        if (Double.isNaN(perMillionOutput)) {
            return Optional.empty();
        }
        return Optional.of(new TokenCost(
                usd(perMillionOutput / ratio), usd(perMillionOutput), price.pricingModel(), ratio, price));
    }

    /** The $/M output before rounding; {@code NaN} when the point has no throughput to spread the price over. */
    static double usdPerMillionOutput(
            double usdPerHour, double outputTokensPerSecond, double inputTokensPerSecond, double ratio) {
        double input = Double.isNaN(inputTokensPerSecond) ? 0 : inputTokensPerSecond;
        double weightedTokensPerSecond = input / ratio + outputTokensPerSecond;
        if (!(weightedTokensPerSecond > 0)) {
            return Double.NaN;
        }
        double usdPerSecond = usdPerHour / 3600.0;
        return usdPerSecond * 1e6 / weightedTokensPerSecond;
    }

    /**
     * {@code usd(value).doubleValue()} without building the BigDecimal: ranking reads the rounded figure users see,
     * for 100,000 profiles per query. Both sides are the correctly rounded double of the same decimal, nanos / 1e9.
     */
    static double roundedUsd(double value) {
        double nanos = value * 1e9;
        if (Math.abs(nanos) < 1e15) {
            return Math.round(nanos) / 1e9;
        }
        return usd(value).doubleValue();
    }

    /** Rounded half up to nine decimals from the long of nano-dollars: no detour through a decimal string. */
    static BigDecimal usd(double value) {
        double nanos = value * 1e9;
        if (Math.abs(nanos) < 1e15) { // exact in a double's 53 bits, so the rounding below is exact too
            return BigDecimal.valueOf(Math.round(nanos), SCALE);
        }
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
