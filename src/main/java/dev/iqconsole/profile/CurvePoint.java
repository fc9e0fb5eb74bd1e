package dev.iqconsole.profile;

/**
 * One point of a latency-vs-throughput curve (one replica). Unknown values are {@code Double.NaN}.
 *
 * @param ntpotMs normalized time per output token: request latency / output tokens, mean
 * @param itlMs inter-token latency (time between consecutive output tokens), mean
 */
public record CurvePoint(
        double queriesPerSecond,
        double outputTokensPerSecond,
        double inputTokensPerSecond,
        double ntpotMs,
        double ttftMs,
        double itlMs,
        Provenance provenance) {}
