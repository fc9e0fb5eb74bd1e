package dev.iqconsole.catalog;

/**
 * A GIQ use case with its average request shape.
 *
 * @param apiName the API string, e.g. {@code chatbot}
 * @param displayName gcloud's label, e.g. {@code Chatbot (ShareGPT)}
 */
public record UseCase(
        String apiName, String displayName, int averageInputTokens, int averageOutputTokens, String source) {}
