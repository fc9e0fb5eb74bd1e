package dev.iqconsole.api;

import dev.iqconsole.profile.ProfileQueryException;
import java.math.BigDecimal;

/** Number parsing for request fields, failing with the field's name (proto3 JSON allows numbers as strings). */
final class RequestNumbers {

    private RequestNumbers() {}

    static Integer int32(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw ProfileQueryException.invalid(
                    field, ProfileQueryException.quoted(text) + " is not a whole number (int32)");
        }
    }

    static Double number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProfileQueryException.invalid(field, ProfileQueryException.quoted(text) + " is not a number");
        }
    }

    static Long int64(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw ProfileQueryException.invalid(
                    field, ProfileQueryException.quoted(text) + " is not a whole number (int64)");
        }
    }

    /** A google.type-style Amount: {@code units + nanos / 1e9}; {@code null} when neither is given. */
    static BigDecimal amount(String field, Long units, Integer nanos) {
        if (units == null && nanos == null) {
            return null;
        }
        if (nanos != null && Math.abs(nanos) > 999_999_999) {
            throw ProfileQueryException.invalid(field + ".nanos", nanos + " is outside -999999999..999999999");
        }
        return BigDecimal.valueOf(units == null ? 0 : units).add(BigDecimal.valueOf(nanos == null ? 0 : nanos, 9));
    }
}
