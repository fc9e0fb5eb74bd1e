package dev.iqconsole.profile.calibration;

/**
 * Continuous batching on a tensor-parallel replica. A decode step costs a fixed overhead plus the larger of the time to
 * read its bytes (weights it touches and the batch's KV cache) at effective HBM bandwidth and the time of its FLOPs at
 * effective tensor throughput. Prompts are prefilled in chunks between decode steps, so in steady state each step also
 * carries {@code batch·I/O} prompt tokens. The batch is capped by the server and by the KV cache that fits in the
 * memory left after the weights. Closed and open loops are solved with Little's law.
 */
public final class ServingModel {

    private final ServingConstants constants;

    public ServingModel(ServingConstants constants) {
        this.constants = constants;
    }

    public ServingConstants constants() {
        return constants;
    }

    public Prediction predict(Deployment deployment, RequestShape shape, Load load) {
        int maxBatch = maxBatch(deployment, shape);
        if (maxBatch < 1) {
            throw new IllegalArgumentException(deployment.model().id() + " at " + deployment.precision() + " does not"
                    + " fit on " + deployment.count() + " x "
                    + deployment.hardware().label()
                    + " with room for one sequence of " + shape.inputTokens() + "+" + shape.outputTokens() + " tokens");
        }
        return switch (load) {
            case Load.Saturation saturation -> closedLoop(deployment, shape, maxBatch, maxBatch, true);
            case Load.Concurrency concurrency -> closedLoop(deployment, shape, concurrency.users(), maxBatch, false);
            case Load.RequestRate rate -> openLoop(deployment, shape, rate.perSecond(), maxBatch);
        };
    }

    public boolean fits(Deployment deployment, RequestShape shape) {
        return maxBatch(deployment, shape) >= 1;
    }

    /** The server's sequence cap or the sequences whose KV cache fits, whichever is smaller. */
    int maxBatch(Deployment deployment, RequestShape shape) {
        double footprint = deployment.server().reservesFullSequence
                ? shape.inputTokens() + shape.outputTokens()
                : shape.meanContext();
        double fit = Math.floor(kvBudgetBytes(deployment) / deployment.kvBytes(footprint));
        return (int) Math.min(deployment.maxNumSeqs(), Math.max(0, fit));
    }

    /** Usable memory (HBM x utilization) less the weights and the reserve for activations. */
    double kvBudgetBytes(Deployment deployment) {
        return deployment.memoryUtilization() * deployment.hardware().totalMemoryBytes()
                - constants.reserveShare() * deployment.hardware().totalMemoryBytes()
                - deployment.model().weightBytes(deployment.precision());
    }

    /**
     * One step with {@code decoding} sequences at mean context {@code decodeContext} and {@code prefillTokens} prompt
     * tokens whose queries see on average {@code promptContext} positions.
     */
    double stepSeconds(
            Deployment deployment, double decoding, double decodeContext, double prefillTokens, double promptContext) {
        var model = deployment.model();
        double tokens = decoding + prefillTokens;
        double bytes =
                model.weightBytesRead(deployment.precision(), tokens) + decoding * deployment.kvBytes(decodeContext);
        double flops = 2 * model.activeParams() * tokens
                + decoding * model.attentionFlops(decodeContext)
                + prefillTokens * model.attentionFlops(promptContext);
        double memory = bytes / (deployment.hardware().bandwidth() * constants.bandwidthEfficiency());
        double compute =
                flops / (deployment.hardware().peakFlops(deployment.precision()) * constants.computeEfficiency());
        double moe = model.isMixtureOfExperts() ? tokens * model.layers() * constants.moeTokenOverheadNs() * 1e-9 : 0;
        return overheadSeconds(deployment, decoding) + moe + Math.max(memory, compute);
    }

    double overheadSeconds(Deployment deployment, double decoding) {
        int layers = deployment.model().layers();
        double allReduce = deployment.count() > 1 ? layers * constants.allReduceUs() : 0;
        return (constants.stepOverheadMs() * 1e3
                        + layers * constants.layerOverheadUs()
                        + allReduce
                        + decoding * constants.sequenceOverheadUs())
                * 1e-6;
    }

    /** A decode step in steady state: every finished request was prefilled once, so I/O prompt tokens per output. */
    double steadyStepSeconds(Deployment deployment, RequestShape shape, double batch) {
        double decoding = Math.max(batch, 1);
        return stepSeconds(
                deployment,
                decoding,
                shape.meanContext(),
                decoding * shape.inputTokens() / shape.outputTokens(),
                shape.inputTokens() / 2);
    }

    /** From admission to first token: request overhead, half the running step, then the prompt in chunks. */
    double ttftServiceSeconds(Deployment deployment, RequestShape shape, double batch) {
        double decoding = Math.max(batch, 1);
        double chunks = Math.ceil(shape.inputTokens() / deployment.prefillChunkTokens());
        double chunkStep = stepSeconds(
                deployment, decoding, shape.meanContext(), shape.inputTokens() / chunks, shape.inputTokens() / 2);
        return constants.ttftOverheadMs() * 1e-3
                + 0.5 * steadyStepSeconds(deployment, shape, batch)
                + chunks * chunkStep;
    }

    /** Users beyond the batch wait in the server's queue: Little's law gives their wait from the completion rate. */
    private Prediction closedLoop(
            Deployment deployment, RequestShape shape, double users, int maxBatch, boolean saturation) {
        double batch = Math.min(users, maxBatch);
        double tpot = steadyStepSeconds(deployment, shape, batch);
        double ttftService = ttftServiceSeconds(deployment, shape, batch);
        double requestsPerSecond = batch / (ttftService + (shape.outputTokens() - 1) * tpot);
        double ttft = saturation ? Double.NaN : ttftService + (users - batch) / requestsPerSecond;
        return prediction(shape, requestsPerSecond, batch, maxBatch, ttft, tpot, saturation);
    }

    /**
     * In flight = rate x time in service (Little), and the time grows with the batch: iterate from an empty server.
     * Arrivals the batch cannot absorb wait as in an M/M/c queue with c = the batch cap (Sakasegawa's approximation).
     */
    private Prediction openLoop(Deployment deployment, RequestShape shape, double rate, int maxBatch) {
        double batch = 0;
        for (int i = 0; i < 500; i++) {
            double next = rate * serviceSeconds(deployment, shape, batch);
            if (next >= maxBatch) {
                var capacity = closedLoop(deployment, shape, maxBatch, maxBatch, true);
                return new Prediction(
                        capacity.outputTokensPerSecond(),
                        capacity.requestsPerSecond(),
                        maxBatch,
                        maxBatch,
                        Double.NaN,
                        capacity.tpotMs(),
                        Double.NaN,
                        true);
            }
            boolean settled = Math.abs(next - batch) <= 1e-9 * next;
            batch = next;
            if (settled) {
                break;
            }
        }
        double service = serviceSeconds(deployment, shape, batch);
        double utilization = batch / maxBatch;
        double wait =
                service * Math.pow(utilization, Math.sqrt(2.0 * (maxBatch + 1)) - 1) / (maxBatch * (1 - utilization));
        double ttft = ttftServiceSeconds(deployment, shape, batch) + wait;
        return prediction(shape, rate, batch, maxBatch, ttft, steadyStepSeconds(deployment, shape, batch), false);
    }

    private double serviceSeconds(Deployment deployment, RequestShape shape, double batch) {
        return ttftServiceSeconds(deployment, shape, batch)
                + (shape.outputTokens() - 1) * steadyStepSeconds(deployment, shape, batch);
    }

    private static Prediction prediction(
            RequestShape shape,
            double requestsPerSecond,
            double batch,
            int maxBatch,
            double ttftSeconds,
            double tpotSeconds,
            boolean saturated) {
        double ntpot = (ttftSeconds + (shape.outputTokens() - 1) * tpotSeconds) / shape.outputTokens();
        return new Prediction(
                requestsPerSecond * shape.outputTokens(),
                requestsPerSecond,
                batch,
                maxBatch,
                ttftSeconds * 1e3,
                tpotSeconds * 1e3,
                ntpot * 1e3,
                saturated);
    }
}
