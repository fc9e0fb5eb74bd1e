package dev.iqconsole.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rows of what is served and measured: models, model servers and their versions (newest first), use cases, and
 * the published benchmark points, each checked against the models, servers, machine types and use cases it names.
 */
final class ServingRows {

    private ServingRows() {}

    static List<Model> models(CsvTable table) {
        var keys = new RowRules.UniqueKeys();
        var list = new ArrayList<Model>();
        for (var row : table.rows()) {
            var id = row.text("id");
            keys.add(row, "id", id);
            if (!id.contains("/")) {
                throw row.error("id", "'" + id + "' is not a Hugging Face id (owner/name)");
            }
            double total = RowRules.positive(row, "total_params_b");
            double active = RowRules.positive(row, "active_params_b");
            if (active > total) {
                throw row.error("active_params_b", active + " exceeds total_params_b " + total);
            }
            var elo = row.optionalWholeNumber("quality_elo");
            if (elo != null && row.optional("quality_source") == null) {
                throw row.error("quality_source", "is empty; a quality score needs its source");
            }
            list.add(new Model(
                    id,
                    row.text("display_name"),
                    row.text("provider"),
                    total,
                    active,
                    RowRules.positive(row, "weights_gib"),
                    row.wholeNumber("max_context_tokens"),
                    row.text("license"),
                    row.bool("gated"),
                    (long) RowRules.positive(row, "kv_cache_bytes_per_token"),
                    elo,
                    row.optional("quality_source"),
                    row.bool("facts_verified"),
                    RowRules.source(row)));
        }
        list.sort(Comparator.comparing(Model::id));
        return List.copyOf(list);
    }

    static List<ModelServer> servers(CsvTable table) {
        var keys = new RowRules.UniqueKeys();
        var list = new ArrayList<ModelServer>();
        for (var row : table.rows()) {
            keys.add(row, "id", row.text("id"));
            list.add(new ModelServer(row.text("id"), row.text("display_name"), RowRules.source(row)));
        }
        list.sort(Comparator.comparing(ModelServer::id));
        return List.copyOf(list);
    }

    static List<ServerVersion> versions(CsvTable table, Set<String> serverIds) {
        var keys = new RowRules.UniqueKeys();
        var list = new ArrayList<ServerVersion>();
        for (var row : table.rows()) {
            var family = row.choice("family", AcceleratorFamily.class);
            keys.add(row, "version", row.text("server_id") + " " + row.text("version") + " " + family);
            RowRules.mustExist(row, "server_id", row.text("server_id"), serverIds, "model server");
            list.add(new ServerVersion(
                    row.text("server_id"),
                    row.text("version"),
                    family,
                    row.text("image"),
                    row.optionalDate("released"),
                    RowRules.source(row)));
        }
        list.sort(Comparator.comparing(ServerVersion::serverId)
                .thenComparing(ServerVersion::version, VERSION_ORDER.reversed())
                .thenComparing(ServerVersion::family));
        return List.copyOf(list);
    }

    private static final Pattern NUMBERS = Pattern.compile("\\d+");

    /** Numeric order of dotted versions, {@code v0.7.2 < v0.11.0 < v0.12.0}; the release date is often unknown. */
    static final Comparator<String> VERSION_ORDER = (a, b) -> {
        var left =
                NUMBERS.matcher(a).results().map(m -> Long.parseLong(m.group())).toList();
        var right =
                NUMBERS.matcher(b).results().map(m -> Long.parseLong(m.group())).toList();
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int c = Long.compare(left.get(i), right.get(i));
            if (c != 0) return c;
        }
        int c = Integer.compare(left.size(), right.size());
        return c != 0 ? c : a.compareTo(b);
    };

    static List<UseCase> useCases(CsvTable table) {
        var keys = new RowRules.UniqueKeys();
        var list = new ArrayList<UseCase>();
        for (var row : table.rows()) {
            keys.add(row, "api_name", row.text("api_name"));
            keys.add(row, "display_name", row.text("display_name"));
            int input = row.wholeNumber("average_input_tokens");
            int output = row.wholeNumber("average_output_tokens");
            if (input == 0 || output == 0) {
                throw row.error(input == 0 ? "average_input_tokens" : "average_output_tokens", "must be at least 1");
            }
            var lengths = row.bool("lengths_published") ? UseCase.Lengths.PUBLISHED : UseCase.Lengths.ASSUMED;
            list.add(new UseCase(
                    row.text("api_name"), row.text("display_name"), input, output, lengths, RowRules.source(row)));
        }
        return List.copyOf(list);
    }

    static List<PublishedPoint> points(
            CsvTable table,
            Set<String> models,
            Set<String> servers,
            List<MachineType> machineTypes,
            Set<String> useCases) {
        var machines = new HashMap<String, MachineType>();
        machineTypes.forEach(m -> machines.put(m.name(), m));
        var keys = new RowRules.UniqueKeys();
        var list = new ArrayList<PublishedPoint>();
        for (var row : table.rows()) {
            keys.add(row, "id", row.text("id"));
            RowRules.mustExist(row, "model", row.text("model"), models, "model");
            RowRules.mustExist(row, "model_server", row.text("model_server"), servers, "model server");
            RowRules.mustExist(row, "use_case", row.text("use_case"), useCases, "use case");
            var machine = machines.get(row.text("machine_type"));
            if (machine == null) {
                throw row.error("machine_type", "unknown machine type '" + row.text("machine_type") + "'");
            }
            if (!machine.acceleratorLabel().equals(row.text("accelerator"))
                    || machine.acceleratorCount() != row.wholeNumber("accelerator_count")) {
                throw row.error(
                        "accelerator",
                        "'" + row.text("accelerator") + "' x " + row.text("accelerator_count") + " does not match "
                                + machine.name() + " (" + machine.acceleratorCount() + " x "
                                + machine.acceleratorLabel() + ")");
            }
            var provenance = row.text("provenance");
            if (!provenance.equals("published") && !provenance.equals("published-digitized")) {
                throw row.error("provenance", "'" + provenance + "' is not one of published, published-digitized");
            }
            String pricing = row.optional("pricing_model");
            if (pricing != null) {
                RowRules.pricingModel(row, "pricing_model");
            }
            list.add(new PublishedPoint(
                    row.text("id"),
                    row.text("model"),
                    row.text("model_server"),
                    row.optional("server_version"),
                    machine.name(),
                    machine.acceleratorLabel(),
                    machine.acceleratorCount(),
                    row.text("use_case"),
                    row.optionalNumber("queries_per_second"),
                    row.number("output_tokens_per_second"),
                    row.optionalNumber("input_tokens_per_second"),
                    row.number("ntpot_ms"),
                    row.optionalNumber("ttft_ms"),
                    row.optionalNumber("itl_ms"),
                    row.optionalDecimal("usd_per_m_input"),
                    row.optionalDecimal("usd_per_m_output"),
                    pricing,
                    provenance,
                    row.bool("profile_point"),
                    RowRules.source(row)));
        }
        return List.copyOf(list);
    }
}
