package dev.iqconsole.profile.calibration;

/**
 * Continuous batching on a tensor-parallel replica, from the time of one step ({@link StepTimes}: bytes read at
 * effective HBM bandwidth or FLOPs at effective tensor throughput, whichever is longer, plus overheads). Prompts are
 * prefilled in chunks between decode steps, so in steady state each step also carries {@code batch·I/O} prompt tokens.
 * The batch is capped by the server and by the KV cache that fits in the memory left after the weights. Closed and open
 * loops are solved with Little's law.
 */
public final class ServingModel {

    private final ServingConstants constants;
    private final QueuedLoads queued = new QueuedLoads(this);

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
        var steps = steps(deployment, shape);
        return switch (load) {
            case Load.Saturation saturation -> closedLoop(steps, shape, maxBatch, maxBatch, true);
            case Load.Concurrency concurrency -> closedLoop(steps, shape, concurrency.users(), maxBatch, false);
            case Load.RequestRate rate -> queued.openLoop(steps, shape, rate.perSecond(), maxBatch);
            case Load.Burst burst -> queued.burst(steps, shape, burst.prompts(), maxBatch);
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

    /**
     * The KV cache's memory. vLLM and SGLang take a share of the whole HBM for weights and cache together (vLLM's
     * {@code gpu_memory_utilization}, SGLang's {@code mem_fraction_static}): usable memory less the weights and the
     * reserve for activations. TensorRT-LLM gives the cache a share of the memory still free once the weights and
     * activations are loaded ({@code free_gpu_memory_fraction}, default 0.9).
     */
    double kvBudgetBytes(Deployment deployment) {
        double memory = deployment.hardware().totalMemoryBytes();
        double reserve = constants.reserveShare() * memory;
        if (deployment.server().cacheShareOfFreeMemory) {
            return deployment.memoryUtilization() * (memory - reserve - deployment.heldWeightBytes());
        }
        return deployment.memoryUtilization() * memory - reserve - deployment.heldWeightBytes();
    }

    /** Steps of requests of this shape: decoding at their mean context, prompts seeing half their own length. */
    StepTimes steps(Deployment deployment, RequestShape shape) {
        return new StepTimes(deployment, constants, shape.meanContext(), shape.inputTokens() / 2);
    }

    /**
     * A decode step in steady state: every finished request was prefilled once, so I/O prompt tokens per output. With
     * chunked prefill they ride in the decode steps. Without it (vLLM's V0 engine before 0.8 at its default context)
     * the prompts of the requests that arrived during a step get a step of their own, which re-reads the weights and
     * stalls every decode: {@code 1 − e^(−B/O)} such steps per decode step, the chance that one of the {@code B/O}
     * requests a step replaces has arrived.
     */
    double steadyStepSeconds(StepTimes steps, RequestShape shape, double batch) {
        double decoding = Math.max(batch, 1);
        double prompts = decoding * shape.inputTokens() / shape.outputTokens();
        if (steps.prefillChunkTokens() != Integer.MAX_VALUE) {
            return steps.seconds(decoding, prompts);
        }
        double prefillSteps = -Math.expm1(-decoding / shape.outputTokens());
        return steps.seconds(decoding, 0) + prefillSteps * steps.seconds(0, prompts / prefillSteps);
    }

    /**
     * From admission to first token: request overhead, half the running step, then the prompt in chunks. The steady
     * step at this batch comes in computed, as every caller needs it for the time between tokens too.
     */
    double ttftServiceSeconds(StepTimes steps, RequestShape shape, double batch, double steadyStepSeconds) {
        double decoding = Math.max(batch, 1);
        double chunks = Math.ceil(shape.inputTokens() / steps.prefillChunkTokens());
        double chunkStep = steps.seconds(decoding, shape.inputTokens() / chunks);
        return constants.ttftOverheadMs() * 1e-3 + 0.5 * steadyStepSeconds + chunks * chunkStep;
    }

    /** Users beyond the batch wait in the server's queue: Little's law gives their wait from the completion rate. */
    Prediction closedLoop(StepTimes steps, RequestShape shape, double users, int maxBatch, boolean saturation) {
        double batch = Math.min(users, maxBatch);
        double tpot = steadyStepSeconds(steps, shape, batch);
        double ttftService = ttftServiceSeconds(steps, shape, batch, tpot);
        double requestsPerSecond = batch / (ttftService + (shape.outputTokens() - 1) * tpot);
        double ttft = saturation ? Double.NaN : ttftService + (users - batch) / requestsPerSecond;
        return prediction(shape, requestsPerSecond, batch, maxBatch, ttft, tpot, saturation);
    }

    static Prediction prediction(
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
