package dev.iqconsole.catalog;

import java.util.List;

/**
 * Everything read from the catalog files, validated and in the stable order the {@link Catalog} promises.
 *
 * @param listedPrices prices as the file lists them (whole VM for GPUs), before any accelerator-only derivation
 */
record CatalogData(
        List<Model> models,
        List<ModelServer> modelServers,
        List<ServerVersion> serverVersions,
        List<Accelerator> accelerators,
        List<MachineType> machineTypes,
        List<Price> listedPrices,
        List<ComponentRate> componentRates,
        List<UseCase> useCases,
        List<PublishedPoint> publishedPoints) {}
