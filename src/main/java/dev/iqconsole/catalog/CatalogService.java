package dev.iqconsole.catalog;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The {@link Catalog}: loads the files once at start, then answers from immutable in-memory lists and maps
 * (the profiles engine calls it on hot paths; the data changes only with a restart).
 */
@Service
class CatalogService implements Catalog {

    private final CatalogData data;
    private final Map<String, Model> models;
    private final Map<String, Accelerator> accelerators;
    private final Map<String, MachineType> machineTypes;
    private final Map<String, List<ServerVersion>> versions = new HashMap<>();
    private final Map<String, UseCase> useCases = new HashMap<>();
    private final PriceBook prices;

    @Autowired
    CatalogService(CatalogLoader importer, CatalogProperties properties) {
        this(importer.importFiles(), properties.priceRegion(), properties.priceDate());
    }

    /** From already loaded files (tests, benchmarks). */
    CatalogService(CatalogData data, String priceRegion, LocalDate priceDate) {
        this.data = data;
        this.models = index(data.models(), Model::id);
        this.accelerators = index(data.accelerators(), Accelerator::label);
        this.machineTypes = index(data.machineTypes(), MachineType::name);
        for (var server : data.modelServers()) {
            versions.put(
                    server.id(),
                    data.serverVersions().stream()
                            .filter(v -> v.serverId().equals(server.id()))
                            .toList());
        }
        for (var useCase : data.useCases()) {
            useCases.put(useCase.apiName().toLowerCase(Locale.ROOT), useCase);
            useCases.put(useCase.displayName().toLowerCase(Locale.ROOT), useCase);
        }
        this.prices =
                new PriceBook(data.listedPrices(), data.machineTypes(), data.componentRates(), priceRegion, priceDate);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        var map = new HashMap<String, T>();
        items.forEach(item -> map.put(key.apply(item), item));
        return Map.copyOf(map);
    }

    @Override
    public List<Model> models() {
        return data.models();
    }

    @Override
    public Optional<Model> model(String id) {
        return Optional.ofNullable(id).map(models::get);
    }

    @Override
    public List<ModelServer> modelServers() {
        return data.modelServers();
    }

    @Override
    public List<ServerVersion> serverVersions(String serverId) {
        return versions.getOrDefault(serverId, List.of());
    }

    @Override
    public List<Accelerator> accelerators() {
        return data.accelerators();
    }

    @Override
    public Optional<Accelerator> accelerator(String label) {
        return Optional.ofNullable(label).map(accelerators::get);
    }

    @Override
    public List<MachineType> machineTypes() {
        return data.machineTypes();
    }

    @Override
    public Optional<MachineType> machineType(String name) {
        return Optional.ofNullable(name).map(machineTypes::get);
    }

    @Override
    public Optional<Price> price(String machineType, PricingModel pricingModel) {
        return prices.price(machineType, pricingModel);
    }

    @Override
    public List<UseCase> useCases() {
        return data.useCases();
    }

    @Override
    public Optional<UseCase> useCase(String nameOrLabel) {
        return Optional.ofNullable(nameOrLabel).map(n -> useCases.get(n.strip().toLowerCase(Locale.ROOT)));
    }

    @Override
    public List<PublishedPoint> publishedPoints() {
        return data.publishedPoints();
    }
}
