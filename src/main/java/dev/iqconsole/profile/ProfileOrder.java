package dev.iqconsole.profile;

/** How returned profiles are ranked. */
public enum ProfileOrder {
    /** Lowest $/M output tokens first, ties by higher throughput; unpriced profiles after, by throughput. */
    RECOMMENDED,
    /** Highest output tokens/s first. */
    THROUGHPUT,
    /** Lowest NTPOT first. */
    LATENCY
}
