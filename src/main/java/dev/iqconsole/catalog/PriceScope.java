package dev.iqconsole.catalog;

/**
 * What an hourly price covers. GIQ's token costs use the accelerator-only price (docs/reference/public-benchmarks.md §1.4); where
 * only the whole-VM price is published, costs computed from it are higher and say so.
 */
public enum PriceScope {
    ACCELERATOR_ONLY,
    WHOLE_VM
}
