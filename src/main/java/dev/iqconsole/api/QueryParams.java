package dev.iqconsole.api;

import dev.iqconsole.profile.ProfileQueryException;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;

/**
 * GET query parameters as the real clients send them: {@code $alt=json;enum-encoding=int} is ignored, a key without
 * {@code =} is an empty value (treated as absent), camelCase or snake_case names.
 */
final class QueryParams {

    private final HttpServletRequest request;

    QueryParams(HttpServletRequest request) {
        this.request = request;
    }

    String text(String camel) {
        String value = request.getParameter(camel);
        if (value == null) {
            value = request.getParameter(FieldNames.snake(camel));
        }
        return value == null || value.isEmpty() ? null : value;
    }

    Integer int32(String camel) {
        return RequestNumbers.int32(camel, text(camel));
    }

    Double number(String camel) {
        return RequestNumbers.number(camel, text(camel));
    }

    BigDecimal amount(String camel) {
        return RequestNumbers.amount(
                camel, RequestNumbers.int64(camel + ".units", text(camel + ".units")), int32(camel + ".nanos"));
    }

    String required(String camel) {
        String value = text(camel);
        if (value == null) {
            throw ProfileQueryException.invalid(camel, "is required");
        }
        return value;
    }
}
