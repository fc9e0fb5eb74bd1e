package dev.iqconsole.manifest;

import java.math.BigDecimal;

/** Number formatting for notes and quantities: no exponent, no trailing zeros, the same on every machine. */
final class PlainNumbers {

    private PlainNumbers() {}

    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String oneDecimal(double value) {
        return BigDecimal.valueOf(value)
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }
}
