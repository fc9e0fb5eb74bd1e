package dev.iqconsole.profile.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calibration's reviewed files in {@code data/}: RFC 4180, first line the header. A small reader of its own
 * because the catalog's one is private to the catalog and these files are only read by tests and the fit.
 */
final class Csv {

    private Csv() {}

    /** One row as column name to trimmed value; an empty cell is an empty string. */
    record Row(String file, int line, Map<String, String> cells) {

        String text(String column) {
            var value = cells.get(column);
            if (value == null) {
                throw new IllegalArgumentException(file + ": no column " + column);
            }
            return value;
        }

        boolean has(String column) {
            return !text(column).isEmpty();
        }

        double number(String column) {
            try {
                return Double.parseDouble(text(column));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        file + " line " + line + ": " + column + " '" + text(column) + "' is not a number");
            }
        }

        double numberOr(String column, double otherwise) {
            return has(column) ? number(column) : otherwise;
        }

        int whole(String column) {
            return (int) Math.round(number(column));
        }
    }

    static List<Row> read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<Row> parse(String file, String text) {
        var records = split(text);
        var header = records.getFirst();
        var rows = new ArrayList<Row>();
        for (int i = 1; i < records.size(); i++) {
            var fields = records.get(i);
            if (fields.size() == 1 && fields.getFirst().isBlank()) {
                continue;
            }
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException(
                        file + " record " + (i + 1) + ": " + fields.size() + " fields, header has " + header.size());
            }
            var cells = new HashMap<String, String>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c).strip(), fields.get(c).strip());
            }
            rows.add(new Row(file, i + 1, cells));
        }
        return rows;
    }

    private static List<List<String>> split(String text) {
        var records = new ArrayList<List<String>>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(List.copyOf(fields));
                fields.clear();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(List.copyOf(fields));
        }
        return records;
    }
}
