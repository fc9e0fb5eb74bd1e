package dev.iqconsole.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The catalog of facts, loaded from the reviewed files in {@code data/} at start. Read-only; lists are in a
 * stable order (models by id, machine types by accelerator then count, versions newest first).
 */
public interface Catalog {

    List<Model> models();

    Optional<Model> model(String id);

    List<ModelServer> modelServers();

    /** Versions of a server, newest first; the first is the "latest". */
    List<ServerVersion> serverVersions(String serverId);

    List<Accelerator> accelerators();

    Optional<Accelerator> accelerator(String label);

    List<MachineType> machineTypes();

    Optional<MachineType> machineType(String name);

    /** The price used for token costs (accelerator-only where known, else the whole VM); empty means N/A. */
    Optional<Price> price(String machineType, PricingModel pricingModel);

    List<UseCase> useCases();

    /** By API name ({@code chatbot}) or gcloud label ({@code Chatbot (ShareGPT)}). */
    Optional<UseCase> useCase(String nameOrLabel);

    List<PublishedPoint> publishedPoints();
}
