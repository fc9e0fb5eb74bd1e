package dev.iqconsole.profile;

import dev.iqconsole.catalog.AcceleratorFamily;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.ServerVersion;
import dev.iqconsole.catalog.UseCase;
import dev.iqconsole.profile.calibration.Server;
import dev.iqconsole.profile.calibration.ServingFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds every profile curve from the catalog: the curves that rest on published numbers ({@link PublishedCurves}),
 * then for each use case the modeled curves of every model x accelerator ({@link ModeledCurves}, points from a
 * {@link LoadSweep} of the calibrated serving model, docs/model-calibration.md).
 *
 * Modeled curves stop at the knee: past it GIQ's numbers measure the benchmark's duration, not the system.
 */
final class CurveBuilder {

    /** The use case of the published points: GIQ publishes points for Chatbot (ShareGPT) only. */
    static final String PUBLISHED_USE_CASE = "chatbot";

    /**
     * The calibration has one set of constants for every server; the batch limits are vLLM's defaults, which every
     * server's curve shares.
     */
    static final Server SHARED_SERVER = Server.VLLM;

    /** What a curve of the calibrated model rests on: no published point of its own. */
    static final String MODELED_REF = "calibrated-model";

    private CurveBuilder() {}

    record Result(List<Curve> curves, List<Exclusion> exclusions) {}

    static Result build(Catalog catalog) {
        return build(catalog, ServingFacts.packaged(catalog.models(), catalog.accelerators()));
    }

    static Result build(Catalog catalog, ServingFacts facts) {
        var curves = new ArrayList<>(PublishedCurves.build(catalog, facts));
        var exclusions = new ArrayList<Exclusion>();
        // one use case per task, merged in the catalog's order: the same result as one after the other, sooner
        var perUseCase = catalog.useCases().parallelStream()
                .map(useCase -> modeled(catalog, facts, useCase, null))
                .toList();
        for (var result : perUseCase) {
            curves.addAll(result.curves());
            exclusions.addAll(result.exclusions());
        }
        return new Result(List.copyOf(curves), List.copyOf(exclusions));
    }

    /**
     * The modeled curves of one workload (a use case, or lengths a request asks for), for one model or every model
     * ({@code null}): what {@code workloadSpec}'s average lengths ask for, built on demand.
     */
    static Result modeled(Catalog catalog, ServingFacts facts, UseCase workload, String model) {
        return ModeledCurves.build(
                catalog,
                facts,
                workload,
                catalog.models().stream()
                        .filter(m -> model == null || m.id().equals(model))
                        .toList());
    }

    /** The newest release of a server for an accelerator family (the catalog lists them newest first). */
    static Optional<ServerVersion> latest(Catalog catalog, String serverId, AcceleratorFamily family) {
        return catalog.serverVersions(serverId).stream()
                .filter(v -> v.family() == family)
                .findFirst();
    }
}
