package dev.iqconsole.profile.ui;

import dev.iqconsole.catalog.Price;
import dev.iqconsole.catalog.PriceScope;
import dev.iqconsole.profile.TokenCost;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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

    /**
     * Every dollar figure on a page, per million tokens or per hour: three significant digits, and never fewer than
     * the cents ({@code $0.0797}, {@code $0.615}, {@code $5.85}, {@code $123.46}), rounded half up. Costs run from about
     * $0.01 to $50 per million tokens: a fixed three decimals writes $0.0797 and $0.0803 both as $0.080 and gives a
     * $0.012 figure two digits only, while three significant digits tell apart options 1% apart or more, finer than
     * the modeled figures' own error. Trailing zeros stay ({@code $0.0800}), so that a column reads at one precision.
     * The CSV export keeps gcloud's own three decimals for machines ({@code BenchmarkCsv}).
     */
    public static String usd(BigDecimal value) {
        if (value == null) {
            return UNKNOWN;
        }
        // the decimals that leave three significant digits, found on the rounded value (0.09996 rounds to 0.100)
        BigDecimal rounded = value.round(new MathContext(3, RoundingMode.HALF_UP));
        int magnitude = rounded.signum() == 0 ? 0 : rounded.precision() - rounded.scale() - 1;
        int decimals = Math.max(2, 2 - magnitude);
        DecimalFormat format = pattern("#,##0");
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return "$" + format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** {@code $5.85/h}: the hourly price a cost was computed from, written as {@link #usd}; "n/a" without one. */
    public static String usdPerHour(TokenCost cost) {
        return cost == null ? UNKNOWN : usd(cost.price().usdPerHour()) + "/h";
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
