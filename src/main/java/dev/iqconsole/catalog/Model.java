package dev.iqconsole.catalog;

/**
 * An open model as published on Hugging Face.
 *
 * @param id Hugging Face id, {@code owner/name}, as GIQ names models
 * @param weightsGiB bytes of the checkpoint as served (resident on the accelerators), in GiB
 * @param kvCacheBytesPerToken KV-cache bytes per token at the served precision (all layers, K and V)
 * @param qualityElo Chatbot-Arena Elo where published, else {@code null}
 * @param factsVerified whether the facts were checked against the model's config.json / card
 * @param source where the facts come from (URL and date)
 */
public record Model(
        String id,
        String displayName,
        String provider,
        double totalParamsB,
        double activeParamsB,
        double weightsGiB,
        int maxContextTokens,
        String license,
        boolean gated,
        long kvCacheBytesPerToken,
        Integer qualityElo,
        String qualitySource,
        boolean factsVerified,
        String source) {

    public boolean isMixtureOfExperts() {
        return activeParamsB < totalParamsB;
    }
}
