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
        return switch (load) {
            case Load.Saturation saturation -> closedLoop(deployment, shape, maxBatch, maxBatch, true);
            case Load.Concurrency concurrency -> closedLoop(deployment, shape, concurrency.users(), maxBatch, false);
            case Load.RequestRate rate -> queued.openLoop(deployment, shape, rate.perSecond(), maxBatch);
            case Load.Burst burst -> queued.burst(deployment, shape, burst.prompts(), maxBatch);
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

    /**
     * One step with {@code decoding} sequences at mean context {@code decodeContext} and {@code prefillTokens} prompt
     * tokens whose queries see on average {@code promptContext} positions.
     */
    double stepSeconds(
            Deployment deployment, double decoding, double decodeContext, double prefillTokens, double promptContext) {
        var model = deployment.model();
        double tokens = decoding + prefillTokens;
        double bytes = deployment.weightBytesRead(tokens) + decoding * deployment.kvBytes(decodeContext);
        double flops = 2 * model.activeParams() * tokens
                + decoding * model.attentionFlops(decodeContext)
                + prefillTokens * model.attentionFlops(promptContext);
        double memory = bytes / (deployment.hardware().bandwidth() * constants.bandwidthEfficiency());
        double compute =
                flops / (deployment.hardware().sustainedFlops(deployment.precision()) * constants.computeEfficiency());
        // routing tokens to their experts and back: every tensor-parallel chip does it for every token, an
        // expert-parallel chip only for the tokens of its own sequences. Its kernels move the tokens' activations
        // through HBM in small scattered pieces, a fitted multiple of the time that traffic takes at full bandwidth
        double moeTokensPerChip = deployment.expertParallel() ? tokens / deployment.count() : tokens;
        double moe = model.isMixtureOfExperts()
                ? moeTokensPerChip
                        * model.moeLayers()
                        * constants.moeTrafficMultiple()
                        * deployment.routedActivationBytes()
                        / (deployment.hardware().bandwidthGBs() * 1e9)
                : 0;
        return overheadSeconds(deployment, decoding)
                + allReduceSeconds(deployment, tokens)
                + moe
                + Math.max(memory, compute);
    }

    /**
     * Tensor parallelism sums each layer's attention and MLP outputs across the chips: two ring all-reduces per layer,
     * each chip sending {@code 2(n-1)/n} of the step's bf16 activations over its link. Over NVLink this is small; over
     * the PCIe of L4 machines it is a sizeable share of a large step.
     */
    double allReduceSeconds(Deployment deployment, double tokens) {
        int n = deployment.count();
        if (n < 2) {
            return 0;
        }
        var model = deployment.model();
        if (deployment.expertParallel()) {
            // per MoE layer each chip sends its own tokens' activations to the chips of their k experts and gets
            // the results back: two all-to-alls of (n-1)/n of tokens/n · k activations
            double bytes = (double) (n - 1) / n * tokens / n * model.expertsPerToken() * model.hiddenSize() * 2;
            return 2 * model.moeLayers() * bytes / deployment.hardware().linkBandwidth();
        }
        double bytes = 2.0 * (n - 1) / n * tokens * model.hiddenSize() * 2;
        return 2 * model.layers() * bytes / deployment.hardware().linkBandwidth();
    }

    double overheadSeconds(Deployment deployment, double decoding) {
        int layers = deployment.model().layers();
        double allReduce = deployment.count() > 1 ? layers * constants.allReduceUs() : 0;
        // with attention data parallelism each chip schedules and samples only its own sequences
        double sequencesPerScheduler = deployment.expertParallel() ? decoding / deployment.count() : decoding;
        return (constants.stepOverheadMs() * 1e3
                        + layers * constants.layerOverheadUs()
                        + allReduce
                        + sequencesPerScheduler * constants.sequenceOverheadUs())
                * 1e-6;
    }

    /**
     * A decode step in steady state: every finished request was prefilled once, so I/O prompt tokens per output. With
     * chunked prefill they ride in the decode steps. Without it (vLLM's V0 engine before 0.8 at its default context)
     * the prompts of the requests that arrived during a step get a step of their own, which re-reads the weights and
     * stalls every decode: {@code 1 − e^(−B/O)} such steps per decode step, the chance that one of the {@code B/O}
     * requests a step replaces has arrived.
     */
    double steadyStepSeconds(Deployment deployment, RequestShape shape, double batch) {
        double decoding = Math.max(batch, 1);
        double prompts = decoding * shape.inputTokens() / shape.outputTokens();
        if (deployment.prefillChunkTokens() != Integer.MAX_VALUE) {
            return stepSeconds(deployment, decoding, shape.meanContext(), prompts, shape.inputTokens() / 2);
        }
        double prefillSteps = -Math.expm1(-decoding / shape.outputTokens());
        return stepSeconds(deployment, decoding, shape.meanContext(), 0, 0)
                + prefillSteps
                        * stepSeconds(
                                deployment, 0, shape.meanContext(), prompts / prefillSteps, shape.inputTokens() / 2);
    }

    /**
     * From admission to first token: request overhead, half the running step, then the prompt in chunks. The steady
     * step at this batch comes in computed, as every caller needs it for the time between tokens too.
     */
    double ttftServiceSeconds(Deployment deployment, RequestShape shape, double batch, double steadyStepSeconds) {
        double decoding = Math.max(batch, 1);
        double chunks = Math.ceil(shape.inputTokens() / deployment.prefillChunkTokens());
        double chunkStep = stepSeconds(
                deployment, decoding, shape.meanContext(), shape.inputTokens() / chunks, shape.inputTokens() / 2);
        return constants.ttftOverheadMs() * 1e-3 + 0.5 * steadyStepSeconds + chunks * chunkStep;
    }

    /** Users beyond the batch wait in the server's queue: Little's law gives their wait from the completion rate. */
    Prediction closedLoop(Deployment deployment, RequestShape shape, double users, int maxBatch, boolean saturation) {
        double batch = Math.min(users, maxBatch);
        double tpot = steadyStepSeconds(deployment, shape, batch);
        double ttftService = ttftServiceSeconds(deployment, shape, batch, tpot);
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
