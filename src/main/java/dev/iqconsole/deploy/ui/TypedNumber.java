package dev.iqconsole.deploy.ui;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A number as people type it into a text field: {@code 50}, {@code 12.5}, {@code .5}, {@code 1e3} (1000),
 * {@code 2E-1}, with spaces around it and an optional unit the field already states ({@code 50 ms}). Anything else
 * is unreadable and the field says so: a browser number input that silently reads "1e9" as 1 is what this replaces.
 */
record TypedNumber(String text, Double value) {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** Reads {@code text}; a value of {@code null} means blank (when {@link #blank()}) or unreadable. */
    static TypedNumber read(String text, String unit) {
        String s = text == null ? "" : text.strip();
        if (unit != null && s.toLowerCase(Locale.ROOT).endsWith(unit)) {
            s = s.substring(0, s.length() - unit.length()).strip();
        }
        if (!NUMBER.matcher(s).matches()) {
            return new TypedNumber(text == null ? "" : text, null);
        }
        return new TypedNumber(text, Double.parseDouble(s));
    }

    boolean blank() {
        return text.isBlank();
    }

    /** A finite number above zero. */
    boolean positive() {
        return value != null && value > 0 && Double.isFinite(value);
    }

    /** The value when it is a whole number from 1 to {@code max} (1e3 counts: it is 1000), else {@code null}. */
    Integer wholeUpTo(int max) {
        if (!positive() || value > max) {
            return null;
        }
        BigDecimal exact = new BigDecimal(value);
        return exact.stripTrailingZeros().scale() <= 0 ? exact.intValueExact() : null;
    }

    /** Shows a number back in the plainest form that reads as the same value (1000, 12.5). */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
