package dev.iqconsole.catalog;

/**
 * What GIQ's {@code Profile.modelInfo} says about a model, from the catalog's model facts ({@code models.csv}) and
 * architecture ({@code model_architecture.csv}, {@code model_attention.csv}; each model's config.json).
 *
 * @param parametersBillions total parameters (all experts of a mixture of experts)
 * @param headDim dimensions per attention head (query/key head size)
 * @param kvCacheBytesPerToken KV-cache bytes per token at the served precision, all layers, K and V
 * @param modelSizeGb the served weights in GB (10^9 bytes), converted from the catalog's GiB
 */
public record ModelInfo(
        double parametersBillions,
        int hiddenLayers,
        int attentionHeads,
        int kvHeads,
        int headDim,
        long kvCacheBytesPerToken,
        int maxContextLength,
        double modelSizeGb) {

    static final double BYTES_PER_GIB = 1024.0 * 1024 * 1024;

    static ModelInfo of(Model model, int layers, int attentionHeads, int kvHeads, int headDim) {
        return new ModelInfo(
                model.totalParamsB(),
                layers,
                attentionHeads,
                kvHeads,
                headDim,
                model.kvCacheBytesPerToken(),
                model.maxContextTokens(),
                model.weightsGiB() * BYTES_PER_GIB / 1e9);
    }
}
