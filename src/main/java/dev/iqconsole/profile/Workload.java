package dev.iqconsole.profile;

import dev.iqconsole.catalog.UseCase;

/** A use case's mean request shape: Ī input and Ō output tokens. */
record Workload(String useCase, int inputTokens, int outputTokens) {

    static Workload of(UseCase useCase) {
        return new Workload(useCase.apiName(), useCase.averageInputTokens(), useCase.averageOutputTokens());
    }

    /**
     * One modeled point at output throughput X: QPS = X/Ō, input tok/s = QPS·Ī, and ITL from the NTPOT definition
     * (request latency / output tokens): {@code ITL ≈ (NTPOT·Ō − TTFT)/(Ō − 1)}.
     */
    CurvePoint modeledPoint(QueueCurve curve, double outputTokensPerSecond) {
        double qps = outputTokensPerSecond / outputTokens;
        double ntpot = curve.ntpotMs(outputTokensPerSecond);
        double ttft = curve.ttftMs(outputTokensPerSecond);
        double itl = (ntpot * outputTokens - ttft) / (outputTokens - 1);
        return new CurvePoint(qps, outputTokensPerSecond, qps * inputTokens, ntpot, ttft, itl, Provenance.MODELED);
    }
}
