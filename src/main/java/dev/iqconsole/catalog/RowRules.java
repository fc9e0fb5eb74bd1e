package dev.iqconsole.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The checks every catalog file's rows share: unique keys, references to what another file defines, positive numbers,
 * known pricing models, and a source with its date. A failed check names the file, the line and the column.
 */
final class RowRules {

    private RowRules() {}

    /** Tracks the keys seen in one file so a duplicate names both lines. */
    static final class UniqueKeys {
        private final Map<String, Integer> seen = new HashMap<>();

        void add(CsvTable.Row row, String field, String key) {
            var previous = seen.putIfAbsent(key, row.line());
            if (previous != null) {
                throw row.error(field, "duplicate key '" + key + "' (first on line " + previous + ")");
            }
        }
    }

    static String source(CsvTable.Row row) {
        var source = row.text("source");
        var date = row.optional("source_date");
        return date == null ? source : source + " [" + date + "]";
    }

    static void mustExist(CsvTable.Row row, String field, String value, Set<String> known, String what) {
        if (value != null && !known.contains(value)) {
            throw row.error(field, "unknown " + what + " '" + value + "'");
        }
    }

    static double positive(CsvTable.Row row, String column) {
        double value = row.number(column);
        if (value == 0) {
            throw row.error(column, "must be greater than 0");
        }
        return value;
    }

    static PricingModel pricingModel(CsvTable.Row row, String column) {
        var name = row.text(column);
        return PricingModel.fromApiName(name)
                .orElseThrow(() -> row.error(column, "'" + name + "' is not one of " + PricingModel.allowedNames()));
    }
}
