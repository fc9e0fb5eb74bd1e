package dev.iqconsole.profile.calibration;

/**
 * What the model predicts for one load.
 *
 * @param batch sequences decoding together in a step
 * @param maxBatch the most the server admits: its sequence cap or the KV cache, whichever is smaller
 * @param ttftMs time to first token; NaN at saturation, where it depends on how many prompts were queued
 * @param tpotMs time per output token after the first (= mean inter-token latency)
 * @param ntpotMs request latency / output tokens (GIQ's NTPOT); NaN when TTFT is
 * @param saturated whether the offered request rate exceeds what the replica can serve (the figures are its capacity)
 */
public record Prediction(
        double outputTokensPerSecond,
        double requestsPerSecond,
        double batch,
        int maxBatch,
        double ttftMs,
        double tpotMs,
        double ntpotMs,
        boolean saturated) {

    /** End-to-end latency of one request: TTFT then one step per further token. */
    public double e2eMs(RequestShape shape) {
        return ttftMs + (shape.outputTokens() - 1) * tpotMs;
    }
}
