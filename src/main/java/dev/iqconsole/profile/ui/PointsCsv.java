package dev.iqconsole.profile.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The points table as CSV (RFC 4180): one line per point, unknown values empty, numbers with a dot and no grouping
 * so spreadsheets and pandas read them as numbers.
 */
final class PointsCsv {

    static final String HEADER = "model,model_server,server_version,machine_type,accelerator,accelerator_count,"
            + "use_case,point,inflection,queries_per_second,output_tokens_per_second,input_tokens_per_second,"
            + "ntpot_ms,ttft_ms,itl_ms,provenance";

    private PointsCsv() {}

    static String of(List<PointRow> rows) {
        return Stream.concat(Stream.of(HEADER), rows.stream().map(PointsCsv::line))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String line(PointRow row) {
        var key = row.curve().key();
        var p = row.point();
        return Stream.of(
                        text(key.model()),
                        text(key.modelServer()),
                        text(key.serverVersion()),
                        text(key.machineType()),
                        text(key.accelerator()),
                        String.valueOf(key.acceleratorCount()),
                        text(key.useCase()),
                        String.valueOf(row.index() + 1),
                        String.valueOf(row.inflection()),
                        number(p.queriesPerSecond()),
                        number(p.outputTokensPerSecond()),
                        number(p.inputTokensPerSecond()),
                        number(p.ntpotMs()),
                        number(p.ttftMs()),
                        number(p.itlMs()),
                        text(p.provenance().label()))
                .collect(Collectors.joining(","));
    }

    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }

    private static String text(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
