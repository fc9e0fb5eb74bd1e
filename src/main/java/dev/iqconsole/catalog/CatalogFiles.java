package dev.iqconsole.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
        var accelerators = HardwareRows.accelerators(table("accelerators.csv", "label", "family", "hbm_gb"));
        var acceleratorLabels = keys(accelerators, Accelerator::label);
        var machineTypes = HardwareRows.machineTypes(
                table("machine_types.csv", "name", "accelerator"), acceleratorLabels, accelerators);
        var machineNames = keys(machineTypes, MachineType::name);
        var models = ServingRows.models(table("models.csv", "id", "weights_gib", "kv_cache_bytes_per_token"));
        var servers = ServingRows.servers(table("model_servers.csv", "id", "display_name"));
        var serverIds = keys(servers, ModelServer::id);
        var versions = ServingRows.versions(
                table("server_versions.csv", "server_id", "version", "family", "image"), serverIds);
        var prices = HardwareRows.prices(
                table("prices.csv", "machine_type", "pricing_model", "usd_per_hour", "scope"), machineNames);
        var rates = HardwareRows.rates(table("component_rates.csv", "machine_prefix", "pricing_model"));
        var useCases = ServingRows.useCases(table("use_cases.csv", "api_name", "display_name", "lengths_published"));
        var points = ServingRows.points(
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
}
