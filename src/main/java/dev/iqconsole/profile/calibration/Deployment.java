package dev.iqconsole.profile.calibration;

/**
 * One replica: a model at a precision on {@code hardware.count()} chips behind a server.
 *
 * @param kvValueBytes bytes of one cached K or V value (2 for bf16, 1 for an FP8 KV cache)
 * @param memoryUtilization share of HBM the server may use for weights, activations and KV cache (vLLM's {@code
 *     gpu_memory_utilization}, default 0.9)
 * @param parallelism how the chips share the model; only a mixture of experts on more than one chip can be expert
 *     parallel
 */
public record Deployment(
        ModelArchitecture model,
        Precision precision,
        double kvValueBytes,
        Hardware hardware,
        Server server,
        String serverVersion,
        double memoryUtilization,
        Parallelism parallelism) {

    public static final double DEFAULT_MEMORY_UTILIZATION = 0.9;

    public Deployment {
        if (parallelism == Parallelism.EXPERT_WITH_ATTENTION_DATA && !model.isMixtureOfExperts()) {
            throw new IllegalArgumentException(model.id() + " has no experts to spread over the chips");
        }
    }

    /** The model's published checkpoint with a bf16 KV cache and the server's default memory share. */
    public static Deployment of(ModelArchitecture model, Hardware hardware, Server server, String serverVersion) {
        return new Deployment(
                model,
                model.nativePrecision(),
                2,
                hardware,
                server,
                serverVersion,
                DEFAULT_MEMORY_UTILIZATION,
                Parallelism.TENSOR);
    }

    int count() {
        return hardware.count();
    }

    int maxNumSeqs() {
        return server.maxNumSeqs(serverVersion, hardware);
    }

    int prefillChunkTokens() {
        return server.prefillChunkTokens(serverVersion, hardware);
    }

    /** Whether the chips split the experts and the sequences rather than every layer (one chip: never). */
    boolean expertParallel() {
        return parallelism == Parallelism.EXPERT_WITH_ATTENTION_DATA && count() > 1;
    }

    /**
     * KV bytes one sequence holds on all ranks together, copies included: with attention data parallelism only the
     * rank that runs a sequence holds its cache.
     */
    double kvBytes(double context) {
        return model.kvBytes(context, kvValueBytes) * (expertParallel() ? 1 : model.kvCopies(count()));
    }

    /**
     * Activation bytes one chip moves through its HBM to route one token through one MoE layer, following vLLM's
     * fused MoE (vllm/model_executor/layers/fused_moe/fused_moe.py): for each of its k experts the first grouped
     * product reads the token's hidden vector and writes the gate and up outputs (2 · intermediate), the activation
     * reads them and writes one intermediate vector, the second product reads it and writes a hidden vector, and the
     * final sum reads the k hidden vectors and writes one; bf16, 2 bytes a value. Tensor parallelism splits each
     * expert's intermediate width over the chips but every chip routes every token; an expert-parallel chip holds
     * whole experts.
     */
    double routedActivationBytes() {
        double intermediate = model.expertIntermediateSize() / (expertParallel() ? 1 : count());
        return 2.0 * (model.expertsPerToken() * (3.0 * model.hiddenSize() + 6 * intermediate) + model.hiddenSize());
    }

    /** Weights as held on all chips: with attention data parallelism every chip holds its own always-read weights. */
    double heldWeightBytes() {
        return model.weightBytes(precision) + replicatedWeightBytes();
    }

    /** Weight bytes one step reads on all chips together: each replica of the always-read weights is read. */
    double weightBytesRead(double tokens) {
        return model.weightBytesRead(precision, tokens) + replicatedWeightBytes();
    }

    /** The always-read weights the chips beyond the first hold again (attention data parallelism), else none. */
    double replicatedWeightBytes() {
        return expertParallel() ? (count() - 1) * model.alwaysReadBytes(precision) : 0;
    }
}
