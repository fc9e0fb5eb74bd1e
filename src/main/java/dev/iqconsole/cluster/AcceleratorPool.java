package dev.iqconsole.cluster;

/** Nodes of a context that carry the same accelerator, summed up for display. */
public record AcceleratorPool(
        String labelKey,
        String accelerator,
        String resource,
        int nodes,
        long allocatablePerNodeMax,
        long allocatableTotal) {}
