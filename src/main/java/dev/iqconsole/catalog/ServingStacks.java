package dev.iqconsole.catalog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The serving stacks of {@code data/serving_stacks.csv}, newest version first per stack. A model deployed without a
 * serving stack (a Deployment and a Service) has none: GIQ leaves {@code servingStack} out of such profiles.
 */
@Service
public class ServingStacks {

    private final List<ServingStack> all;

    @Autowired
    ServingStacks(CatalogLoader importer, Catalog catalog) {
        this(read(importer.files().table("serving_stacks.csv", "name", "version", "model_servers"), catalog));
    }

    /** The stacks file of a catalog folder, checked against {@code catalog} (tests, tools). */
    public static ServingStacks load(Path folder, Catalog catalog) {
        return new ServingStacks(
                read(CatalogFiles.in(folder).table("serving_stacks.csv", "name", "version", "model_servers"), catalog));
    }

    /** From stacks already read (tests). */
    public ServingStacks(List<ServingStack> stacks) {
        this.all = stacks.stream()
                .sorted(Comparator.comparing(ServingStack::name)
                        .thenComparing(ServingStack::released, Comparator.reverseOrder()))
                .toList();
    }

    /** Every version of every stack: by name, newest version first. */
    public List<ServingStack> all() {
        return all;
    }

    public Set<String> names() {
        return all.stream().map(ServingStack::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** One stack's versions, newest first; empty for a name not in the catalog. */
    public List<ServingStack> versions(String name) {
        return all.stream().filter(s -> s.name().equals(name)).toList();
    }

    public Optional<ServingStack> find(String name, String version) {
        return versions(name).stream().filter(s -> s.version().equals(version)).findFirst();
    }

    static List<ServingStack> read(CsvTable table, Catalog catalog) {
        Set<String> servers =
                catalog.modelServers().stream().map(ModelServer::id).collect(Collectors.toSet());
        Set<String> seen = new LinkedHashSet<>();
        List<ServingStack> stacks = new ArrayList<>();
        for (var row : table.rows()) {
            String name = row.text("name");
            String version = row.text("version");
            if (!seen.add(name + "/" + version)) {
                throw row.error("version", "duplicate stack version '" + name + "/" + version + "'");
            }
            Set<String> stackServers =
                    Set.copyOf(Arrays.asList(row.text("model_servers").split(";")));
            for (String server : stackServers) {
                if (!servers.contains(server)) {
                    throw row.error("model_servers", "unknown model server '" + server + "'");
                }
            }
            EnumSet<AcceleratorFamily> families = EnumSet.noneOf(AcceleratorFamily.class);
            for (String family : row.text("accelerator_families").split(";")) {
                try {
                    families.add(AcceleratorFamily.valueOf(family));
                } catch (IllegalArgumentException e) {
                    throw row.error("accelerator_families", "'" + family + "' is not one of GPU, TPU");
                }
            }
            LocalDate released = row.optionalDate("released");
            if (released == null) {
                throw row.error("released", "is empty; the release date orders the versions");
            }
            stacks.add(new ServingStack(
                    name,
                    version,
                    released,
                    stackServers,
                    Set.copyOf(families),
                    row.text("gie_version"),
                    row.text("inference_pool_api"),
                    row.text("epp_image"),
                    row.choice("epp_config", ServingStack.EndpointPickerConfig.class),
                    row.optional("gateway_api_crds"),
                    row.text("source")));
        }
        return List.copyOf(stacks);
    }
}
