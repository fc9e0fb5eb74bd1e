package dev.iqconsole.api;

import dev.iqconsole.profile.ProfileQueryException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A request body read the way proto3 JSON allows: camelCase or snake_case keys, numbers as numbers or strings,
 * {@code null} as absent. Every error names the field by its full path. It remembers which fields were asked for, so
 * that {@link #rejectUnknownFields()} can refuse the others.
 */
final class JsonBody {

    private final JsonNode node;
    private final String path;
    /** The camelCase names asked for, present or not: the fields of this message that we know. */
    private final Set<String> known = new TreeSet<>();

    private final List<JsonBody> messages = new ArrayList<>();

    private JsonBody(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonBody parse(JsonMapper mapper, String body) {
        if (body == null || body.isBlank()) {
            return new JsonBody(JsonNodeFactory.instance.objectNode(), "");
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (JacksonException e) {
            // the parser's own message names its internals (StreamReadConstraints...): say where, in our words
            var at = e.getLocation();
            throw ProfileQueryException.invalid(
                    "body",
                    at == null || at.getLineNr() < 1
                            ? "is not valid JSON"
                            : "is not valid JSON (or exceeds the parser's limits on nesting and number length) at line "
                                    + at.getLineNr() + ", column " + at.getColumnNr());
        }
        if (!node.isObject()) {
            throw ProfileQueryException.invalid("body", "must be a JSON object");
        }
        return new JsonBody(node, "");
    }

    private JsonNode field(String camel) {
        known.add(camel);
        JsonNode value = node.get(camel);
        if (value == null || value.isNull()) {
            value = node.get(FieldNames.snake(camel));
        }
        return value == null || value.isNull() ? null : value;
    }

    private String pathOf(String camel) {
        return path.isEmpty() ? camel : path + "." + camel;
    }

    /** Whether the field is present and not {@code null}. */
    boolean has(String camel) {
        return field(camel) != null;
    }

    JsonBody object(String camel) {
        JsonNode value = field(camel);
        if (value != null && !value.isObject()) {
            throw ProfileQueryException.invalid(pathOf(camel), "must be a JSON object");
        }
        var message = new JsonBody(value == null ? JsonNodeFactory.instance.objectNode() : value, pathOf(camel));
        messages.add(message);
        return message;
    }

    /** Fields of the message that this console accepts and does not use, so that they are not refused as unknown. */
    JsonBody accept(String... camelNames) {
        known.addAll(List.of(camelNames));
        return this;
    }

    /**
     * Refuses a field that none of the reads asked for, in this message or the ones in it, as Google's API does
     * ("Unknown name"): a misspelt filter would otherwise be ignored and the answer silently cover everything. Call it
     * once every field has been read.
     */
    void rejectUnknownFields() {
        for (var property : node.properties()) {
            String name = property.getKey();
            boolean isKnown = known.stream()
                    .anyMatch(k -> k.equals(name) || FieldNames.snake(k).equals(name));
            if (!isKnown) {
                throw ProfileQueryException.invalid(
                        pathOf(name), "is not a field of this request. Known here: " + String.join(", ", known));
            }
        }
        messages.forEach(JsonBody::rejectUnknownFields);
    }

    String text(String camel) {
        JsonNode value = field(camel);
        if (value == null) {
            return null;
        }
        if (!value.isValueNode()) {
            throw ProfileQueryException.invalid(pathOf(camel), "must be a string");
        }
        String text = value.asString();
        return text.isEmpty() ? null : text;
    }

    private String scalar(String camel) {
        JsonNode value = field(camel);
        if (value == null) {
            return null;
        }
        if (!(value.isNumber() || value.isString())) {
            throw ProfileQueryException.invalid(pathOf(camel), "must be a number");
        }
        return value.isNumber() ? value.numberValue().toString() : value.asString();
    }

    Integer int32(String camel) {
        return RequestNumbers.int32(pathOf(camel), scalar(camel));
    }

    Double number(String camel) {
        return RequestNumbers.number(pathOf(camel), scalar(camel));
    }

    BigDecimal amount(String camel) {
        JsonBody amount = object(camel);
        return RequestNumbers.amount(
                pathOf(camel),
                RequestNumbers.int64(amount.pathOf("units"), amount.scalar("units")),
                amount.int32("nanos"));
    }
}
