package dev.iqconsole.profile.calibration;

/**
 * What one model's forward pass reads and computes, from its config.json and model card.
 *
 * @param totalParams all parameters
 * @param activeParams parameters one token runs through (equal to total for a dense model)
 * @param kvBytesPerToken K and V of one token over all layers at bf16, as if every layer attended to the full context
 * @param kvHeads key/value heads per layer; tensor-parallel ranks beyond this many hold copies (1 for MLA)
 * @param attentionWidth query heads x query/key head dimension: the width of the attention products
 * @param hiddenSize width of the residual stream: what a tensor-parallel all-reduce sums per token
 * @param slidingLayers layers that only attend to the last {@code slidingWindow} tokens
 * @param experts routed experts per MoE layer (0 for a dense model)
 * @param expertsPerToken routed experts each token picks
 * @param nativePrecision the precision of the published checkpoint
 * @param moeLayers layers whose MLP is a mixture of experts (0 for a dense model; fewer than {@code layers} when some
 *     layers stay dense, e.g. DeepSeek's first three or Llama-4 Maverick's every other layer)
 */
public record ModelArchitecture(
        String id,
        double totalParams,
        double activeParams,
        long kvBytesPerToken,
        int layers,
        int kvHeads,
        int attentionWidth,
        int hiddenSize,
        int slidingLayers,
        int slidingWindow,
        int experts,
        int expertsPerToken,
        Precision nativePrecision,
        int moeLayers) {

    public ModelArchitecture {
        if (!(activeParams > 0) || activeParams > totalParams || layers <= 0 || kvHeads <= 0 || hiddenSize <= 0) {
            throw new IllegalArgumentException(
                    id + ": needs 0 < active <= total params, layers, kv heads and hidden size > 0");
        }
        if ((experts == 0) != (totalParams == activeParams) || expertsPerToken > experts) {
            throw new IllegalArgumentException(id + ": experts are given exactly when active < total params");
        }
        if ((experts == 0) != (moeLayers == 0) || moeLayers > layers) {
            throw new IllegalArgumentException(
                    id + ": a mixture of experts has 1..layers MoE layers, a dense model none");
        }
    }

    boolean isMixtureOfExperts() {
        return experts > 0;
    }

    /**
     * One routed expert's parameters over all MoE layers, from {@code total = shared + E·e} and {@code active =
     * shared + k·e}: no expert sizes need to be copied from the config.
     */
    double expertParams() {
        return isMixtureOfExperts() ? (totalParams - activeParams) / (experts - expertsPerToken) : 0;
    }

    /** Attention, embeddings, dense layers and shared experts: read at every step whatever the batch. */
    double alwaysReadParams() {
        return totalParams - experts * expertParams();
    }

    double alwaysReadBytes(Precision precision) {
        return alwaysReadParams() * precision.denseBytes;
    }

    double weightBytes(Precision precision) {
        return alwaysReadBytes(precision) + routedExpertBytes(precision);
    }

    /** Every routed expert's weights: what a step reads of them when its tokens touch them all. */
    double routedExpertBytes(Precision precision) {
        return experts * expertParams() * precision.expertBytes;
    }

    /**
     * Expected share of a layer's routed experts that a step of {@code tokens} tokens touches: each token picks k of
     * E, so an expert is missed by all of them with probability {@code (1 - k/E)^tokens} (routing taken as uniform).
     */
    double expertsTouched(double tokens) {
        return isMixtureOfExperts() ? 1 - Math.pow(1 - (double) expertsPerToken / experts, tokens) : 0;
    }

    /** Weight bytes one step reads: every always-read weight once, and only the experts its tokens route to. */
    double weightBytesRead(Precision precision, double tokens) {
        return alwaysReadBytes(precision) + routedExpertBytes(precision) * expertsTouched(tokens);
    }

    /** Context positions summed over layers: sliding-window layers keep at most their window. */
    double layerPositions(double context) {
        return (layers - slidingLayers) * context + slidingLayers * Math.min(context, slidingWindow);
    }

    /** KV-cache bytes of one sequence at this context, for K/V values of {@code kvValueBytes} bytes. */
    double kvBytes(double context, double kvValueBytes) {
        return kvBytesPerToken / 2.0 * kvValueBytes / layers * layerPositions(context);
    }

    /** QK^T and PV for one query token over its context: 2 FLOPs per multiply-add, two products. */
    double attentionFlops(double context) {
        return 4.0 * attentionWidth * layerPositions(context);
    }

    /**
     * Intermediate width of one routed expert: its gate, up and down matrices hold {@code 3 · hidden · width}
     * parameters in each MoE layer.
     */
    double expertIntermediateSize() {
        return isMixtureOfExperts() ? expertParams() / moeLayers / 3 / hiddenSize : 0;
    }

    /** How many copies of the KV cache {@code count} tensor-parallel ranks hold when heads are fewer than ranks. */
    double kvCopies(int count) {
        return Math.max(1.0, (double) count / kvHeads);
    }
}
