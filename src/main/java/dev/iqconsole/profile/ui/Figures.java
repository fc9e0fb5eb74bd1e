package dev.iqconsole.profile.ui;

import dev.iqconsole.catalog.Price;
import dev.iqconsole.catalog.PriceScope;
import dev.iqconsole.profile.TokenCost;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How the console writes numbers: grouped thousands, units spelled out, "n/a" for unknown (NaN). */
public final class Figures {

    private static final String UNKNOWN = "n/a";

    private Figures() {}

    public static String tokensPerSecond(double value) {
        return known(value) ? pattern("#,##0").format(value) : UNKNOWN;
    }

    public static String queriesPerSecond(double value) {
        return known(value) ? pattern("#,##0.00").format(value) : UNKNOWN;
    }

    public static String millis(double value) {
        if (!known(value)) {
            return UNKNOWN;
        }
        return (value < 10 ? pattern("0.0") : pattern("#,##0")).format(value) + " ms";
    }

    public static String billions(double value) {
        return pattern("#,##0.##").format(value) + "B";
    }

    /**
     * {@code 131072} reads as {@code 128K tokens}, {@code 10000000} as {@code 10M tokens} (as the model cards say it),
     * so that every card states its context in the same short form.
     */
    public static String contextTokens(int tokens) {
        if (tokens > 0 && tokens % 1_000_000 == 0) {
            return (tokens / 1_000_000) + "M tokens";
        }
        return tokens % 1024 == 0
                ? (tokens / 1024) + "K tokens"
                : pattern("#,##0").format(tokens) + " tokens";
    }

    public static String gib(double value) {
        return pattern("#,##0.#").format(value) + " GiB";
    }

    public static String kib(long bytes) {
        return pattern("#,##0.#").format(bytes / 1024.0) + " KiB";
    }

    /** {@code $0.035}: dollars per million tokens, as many decimals as the figure has (at least two). */
    public static String usd(java.math.BigDecimal value) {
        return value == null ? UNKNOWN : "$" + pattern("#,##0.00##").format(value);
    }

    /** {@code $5.85/h}: the hourly price a cost was computed from; "n/a" without one. */
    public static String usdPerHour(TokenCost cost) {
        return cost == null
                ? UNKNOWN
                : "$" + pattern("#,##0.00##").format(cost.price().usdPerHour()) + "/h";
    }

    /** Which price that is: {@code us-central1, 2026-07-30, accelerators only}. */
    public static String priceBasis(Price price) {
        return price.region() + ", " + price.priceDate() + ", "
                + (price.scope() == PriceScope.ACCELERATOR_ONLY ? "accelerators only" : "whole VM");
    }

    private static boolean known(double value) {
        return Double.isFinite(value);
    }

    private static DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
    }
}
