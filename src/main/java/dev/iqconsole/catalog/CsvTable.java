package dev.iqconsole.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One RFC 4180 CSV file (comma separated, double-quoted fields, first line is the header). Every typed read says
 * which file, line and field failed, so a bad row in {@code data/} stops start-up with a message a reviewer can act
 * on. Small on purpose: the catalog files are a few hundred lines.
 */
final class CsvTable {

    private final String file;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    private CsvTable(String file) {
        this.file = file;
    }

    static CsvTable parse(String file, String text, Set<String> requiredColumns) {
        var table = new CsvTable(file);
        var records = split(file, text);
        if (records.isEmpty()) {
            throw new CatalogFileException(file, "is empty; it needs a header line");
        }
        var header = records.getFirst().fields();
        for (int i = 0; i < header.size(); i++) {
            table.columns.put(header.get(i).strip(), i);
        }
        for (var required : requiredColumns) {
            if (!table.columns.containsKey(required)) {
                throw new CatalogFileException(file, 1, required, "column missing from the header");
            }
        }
        for (var record : records.subList(1, records.size())) {
            if (record.fields().size() == 1 && record.fields().getFirst().isBlank()) {
                continue; // blank line
            }
            if (record.fields().size() != header.size()) {
                throw new CatalogFileException(
                        file,
                        record.line(),
                        null,
                        "has " + record.fields().size() + " fields, the header has " + header.size());
            }
            table.rows.add(table.new Row(record.line(), record.fields()));
        }
        return table;
    }

    List<Row> rows() {
        return rows;
    }

    String file() {
        return file;
    }

    private record Record(int line, List<String> fields) {}

    private static List<Record> split(String file, String text) {
        var records = new ArrayList<Record>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
            } else if (c == '"') {
                if (!field.isEmpty()) {
                    throw new CatalogFileException(file, line, null, "quote inside an unquoted field");
                }
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                // tolerated before \n
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                any = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new CatalogFileException(file, recordLine, null, "quoted field is not closed");
        }
        if (any) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    /** One data row; typed getters fail with file, line and field. */
    final class Row {
        private final int line;
        private final List<String> values;

        private Row(int line, List<String> values) {
            this.line = line;
            this.values = values;
        }

        int line() {
            return line;
        }

        String file() {
            return file;
        }

        CatalogFileException error(String field, String problem) {
            return new CatalogFileException(file, line, field, problem);
        }

        /** The trimmed value, or null when the cell is empty. */
        String optional(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            var value = values.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        String text(String column) {
            var value = optional(column);
            if (value == null) {
                throw error(column, "is empty; a value is required");
            }
            return value;
        }

        Double optionalNumber(String column) {
            var value = optional(column);
            if (value == null) {
                return null;
            }
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw error(column, "'" + value + "' is not a number");
            }
            if (!Double.isFinite(number) || number < 0) {
                throw error(column, "'" + value + "' must be a finite number >= 0");
            }
            return number;
        }

        double number(String column) {
            var number = optionalNumber(column);
            if (number == null) {
                throw error(column, "is empty; a number is required");
            }
            return number;
        }

        Integer optionalWholeNumber(String column) {
            var number = optionalNumber(column);
            if (number == null) {
                return null;
            }
            if (number != Math.rint(number) || number > Integer.MAX_VALUE) {
                throw error(column, "'" + optional(column) + "' must be a whole number");
            }
            return number.intValue();
        }

        int wholeNumber(String column) {
            var number = optionalWholeNumber(column);
            if (number == null) {
                throw error(column, "is empty; a whole number is required");
            }
            return number;
        }

        BigDecimal optionalDecimal(String column) {
            return optionalNumber(column) == null ? null : new BigDecimal(optional(column));
        }

        boolean bool(String column) {
            var value = text(column);
            return switch (value) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> throw error(column, "'" + value + "' is not one of true, false");
            };
        }

        /** ISO date; a month-only date ({@code 2026-01}) means the source gave only the month: its 1st. */
        LocalDate optionalDate(String column) {
            var value = optional(column);
            if (value == null) {
                return null;
            }
            try {
                return value.length() == 7 ? YearMonth.parse(value).atDay(1) : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error(column, "'" + value + "' is not a date (yyyy-mm-dd or yyyy-mm)");
            }
        }

        <E extends Enum<E>> E choice(String column, Class<E> type) {
            var value = text(column);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw error(column, "'" + value + "' is not one of " + List.of(type.getEnumConstants()));
            }
        }
    }
}
