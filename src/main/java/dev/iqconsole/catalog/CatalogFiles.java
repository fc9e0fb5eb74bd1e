package dev.iqconsole.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads and validates the reviewed catalog files ({@code data/*.csv}). Pure: give it a way to read a file by name.
 * Rejects, with file and line: malformed rows, negative numbers, duplicate keys, and references to models,
 * accelerators, machine types, servers or use cases that the other files do not define.
 */
final class CatalogFiles {

    static final List<String> FILES = List.of(
            "models.csv",
            "model_servers.csv",
            "server_versions.csv",
            "accelerators.csv",
            "machine_types.csv",
            "prices.csv",
            "component_rates.csv",
            "use_cases.csv",
            "benchmark_points.csv");

    /** Where the jar keeps its copy of data/*.csv (pom resource), for {@code java -jar} from any folder. */
    static final String CLASSPATH_FOLDER = "catalog-data/";

    private final Function<String, Optional<String>> reader;

    private CatalogFiles(Function<String, Optional<String>> reader) {
        this.reader = reader;
    }

    static CatalogFiles in(Path folder) {
        return new CatalogFiles(name -> {
            var file = folder.resolve(name);
            try {
                return Files.isRegularFile(file)
                        ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                        : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        });
    }

    static CatalogFiles packaged() {
        return new CatalogFiles(name -> {
            try (InputStream in = CatalogFiles.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + name)) {
                return in == null
                        ? Optional.empty()
                        : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read packaged " + name, e);
            }
        });
    }

    /** Whether the folder holds a catalog at all (any of the files); a partial catalog then fails on load. */
    static boolean hasCatalog(Path folder) {
        return FILES.stream().anyMatch(name -> Files.isRegularFile(folder.resolve(name)));
    }

    CatalogData load() {
        var accelerators = accelerators(table("accelerators.csv", "label", "family", "hbm_gb"));
        var acceleratorLabels = keys(accelerators, Accelerator::label);
        var machineTypes =
                machineTypes(table("machine_types.csv", "name", "accelerator"), acceleratorLabels, accelerators);
        var machineNames = keys(machineTypes, MachineType::name);
        var models = models(table("models.csv", "id", "weights_gib", "kv_cache_bytes_per_token"));
        var servers = servers(table("model_servers.csv", "id", "display_name"));
        var serverIds = keys(servers, ModelServer::id);
        var versions = versions(table("server_versions.csv", "server_id", "version", "family", "image"), serverIds);
        var prices =
                prices(table("prices.csv", "machine_type", "pricing_model", "usd_per_hour", "scope"), machineNames);
        var rates = rates(table("component_rates.csv", "machine_prefix", "pricing_model"));
        var useCases = useCases(table("use_cases.csv", "api_name", "display_name", "lengths_published"));
        var points = points(
                table("benchmark_points.csv", "id", "model", "machine_type", "ntpot_ms"),
                keys(models, Model::id),
                serverIds,
                machineTypes,
                keys(useCases, UseCase::apiName));
        return new CatalogData(models, servers, versions, accelerators, machineTypes, prices, rates, useCases, points);
    }

    /** One catalog file as a table; files outside {@link #FILES} are read the same way (folder or jar). */
    CsvTable table(String name, String... required) {
        var text = reader.apply(name).orElseThrow(() -> new CatalogFileException(name, "file is missing"));
        return CsvTable.parse(name, text, Set.of(required));
    }

    private static <T> Set<String> keys(List<T> items, Function<T, String> key) {
        var set = new HashSet<String>();
        items.forEach(item -> set.add(key.apply(item)));
        return set;
    }

    /** Tracks the keys seen in one file so a duplicate names both lines. */
    private static final class UniqueKeys {
        private final Map<String, Integer> seen = new HashMap<>();

        void add(CsvTable.Row row, String field, String key) {
            var previous = seen.putIfAbsent(key, row.line());
            if (previous != null) {
                throw row.error(field, "duplicate key '" + key + "' (first on line " + previous + ")");
            }
        }
    }

    private static String source(CsvTable.Row row) {
        var source = row.text("source");
        var date = row.optional("source_date");
        return date == null ? source : source + " [" + date + "]";
    }

    private static void mustExist(CsvTable.Row row, String field, String value, Set<String> known, String what) {
        if (value != null && !known.contains(value)) {
            throw row.error(field, "unknown " + what + " '" + value + "'");
        }
    }

    private static List<Accelerator> accelerators(CsvTable table) {
        var keys = new UniqueKeys();
        var list = new ArrayList<Accelerator>();
        for (var row : table.rows()) {
            keys.add(row, "label", row.text("label"));
            list.add(new Accelerator(
                    row.text("label"),
                    row.text("display_name"),
                    row.choice("family", AcceleratorFamily.class),
                    positive(row, "hbm_gb"),
                    positive(row, "hbm_bandwidth_gbs"),
                    positive(row, "bf16_tflops"),
                    source(row)));
        }
        return List.copyOf(list);
    }

    private static double positive(CsvTable.Row row, String column) {
        double value = row.number(column);
        if (value == 0) {
            throw row.error(column, "must be greater than 0");
        }
        return value;
    }

    private static List<MachineType> machineTypes(
            CsvTable table, Set<String> acceleratorLabels, List<Accelerator> acceleratorOrder) {
        var keys = new UniqueKeys();
        var list = new ArrayList<MachineType>();
        for (var row : table.rows()) {
            keys.add(row, "name", row.text("name"));
            mustExist(row, "accelerator", row.text("accelerator"), acceleratorLabels, "accelerator");
            int count = row.wholeNumber("accelerator_count");
            if (count == 0) {
                throw row.error("accelerator_count", "must be at least 1");
            }
            list.add(new MachineType(
                    row.text("name"),
                    row.text("accelerator"),
                    count,
                    row.optional("tpu_topology"),
                    row.optionalWholeNumber("vcpus"),
                    row.optionalNumber("memory_gb"),
                    source(row)));
        }
        var position = new HashMap<String, Integer>();
        for (int i = 0; i < acceleratorOrder.size(); i++) {
            position.put(acceleratorOrder.get(i).label(), i);
        }
        list.sort(Comparator.comparing((MachineType m) -> position.get(m.acceleratorLabel()))
                .thenComparing(MachineType::acceleratorCount)
                .thenComparing(m -> m.vcpus() == null ? Integer.MAX_VALUE : m.vcpus())
                .thenComparing(MachineType::name));
        return List.copyOf(list);
    }

    private static List<Model> models(CsvTable table) {
        var keys = new UniqueKeys();
        var list = new ArrayList<Model>();
        for (var row : table.rows()) {
            var id = row.text("id");
            keys.add(row, "id", id);
            if (!id.contains("/")) {
                throw row.error("id", "'" + id + "' is not a Hugging Face id (owner/name)");
            }
            double total = positive(row, "total_params_b");
            double active = positive(row, "active_params_b");
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
                    positive(row, "weights_gib"),
                    row.wholeNumber("max_context_tokens"),
                    row.text("license"),
                    row.bool("gated"),
                    (long) positive(row, "kv_cache_bytes_per_token"),
                    elo,
                    row.optional("quality_source"),
                    row.bool("facts_verified"),
                    source(row)));
        }
        list.sort(Comparator.comparing(Model::id));
        return List.copyOf(list);
    }

    private static List<ModelServer> servers(CsvTable table) {
        var keys = new UniqueKeys();
        var list = new ArrayList<ModelServer>();
        for (var row : table.rows()) {
            keys.add(row, "id", row.text("id"));
            list.add(new ModelServer(row.text("id"), row.text("display_name"), source(row)));
        }
        list.sort(Comparator.comparing(ModelServer::id));
        return List.copyOf(list);
    }

    private static List<ServerVersion> versions(CsvTable table, Set<String> serverIds) {
        var keys = new UniqueKeys();
        var list = new ArrayList<ServerVersion>();
        for (var row : table.rows()) {
            var family = row.choice("family", AcceleratorFamily.class);
            keys.add(row, "version", row.text("server_id") + " " + row.text("version") + " " + family);
            mustExist(row, "server_id", row.text("server_id"), serverIds, "model server");
            list.add(new ServerVersion(
                    row.text("server_id"),
                    row.text("version"),
                    family,
                    row.text("image"),
                    row.optionalDate("released"),
                    source(row)));
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

    private static PricingModel pricingModel(CsvTable.Row row, String column) {
        var name = row.text(column);
        return PricingModel.fromApiName(name)
                .orElseThrow(() -> row.error(column, "'" + name + "' is not one of " + PricingModel.allowedNames()));
    }

    private static List<Price> prices(CsvTable table, Set<String> machineNames) {
        var keys = new UniqueKeys();
        var list = new ArrayList<Price>();
        for (var row : table.rows()) {
            var machine = row.text("machine_type");
            mustExist(row, "machine_type", machine, machineNames, "machine type");
            var pricingModel = pricingModel(row, "pricing_model");
            var usd = row.optionalDecimal("usd_per_hour");
            if (usd == null) {
                continue; // a documented gap: the price stays missing (N/A), never guessed
            }
            var date = row.optionalDate("price_date");
            if (date == null) {
                throw row.error("price_date", "is empty; a price needs the date it was published");
            }
            keys.add(
                    row,
                    "machine_type",
                    machine + " " + pricingModel.apiName() + " " + row.text("region") + " " + date);
            list.add(new Price(
                    machine,
                    pricingModel,
                    row.text("region"),
                    date,
                    usd,
                    row.choice("scope", PriceScope.class),
                    source(row)));
        }
        return List.copyOf(list);
    }

    private static List<ComponentRate> rates(CsvTable table) {
        var keys = new UniqueKeys();
        var list = new ArrayList<ComponentRate>();
        for (var row : table.rows()) {
            var pricingModel = pricingModel(row, "pricing_model");
            keys.add(row, "machine_prefix", row.text("machine_prefix") + " " + pricingModel.apiName());
            row.number("usd_per_vcpu_hour"); // validates: present and not negative
            row.number("usd_per_gib_hour");
            list.add(new ComponentRate(
                    row.text("machine_prefix"),
                    pricingModel,
                    row.optionalDecimal("usd_per_vcpu_hour"),
                    row.optionalDecimal("usd_per_gib_hour"),
                    source(row)));
        }
        return List.copyOf(list);
    }

    private static List<UseCase> useCases(CsvTable table) {
        var keys = new UniqueKeys();
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
            list.add(new UseCase(row.text("api_name"), row.text("display_name"), input, output, lengths, source(row)));
        }
        return List.copyOf(list);
    }

    private static List<PublishedPoint> points(
            CsvTable table,
            Set<String> models,
            Set<String> servers,
            List<MachineType> machineTypes,
            Set<String> useCases) {
        var machines = new HashMap<String, MachineType>();
        machineTypes.forEach(m -> machines.put(m.name(), m));
        var keys = new UniqueKeys();
        var list = new ArrayList<PublishedPoint>();
        for (var row : table.rows()) {
            keys.add(row, "id", row.text("id"));
            mustExist(row, "model", row.text("model"), models, "model");
            mustExist(row, "model_server", row.text("model_server"), servers, "model server");
            mustExist(row, "use_case", row.text("use_case"), useCases, "use case");
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
                pricingModel(row, "pricing_model");
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
                    source(row)));
        }
        return List.copyOf(list);
    }
}
