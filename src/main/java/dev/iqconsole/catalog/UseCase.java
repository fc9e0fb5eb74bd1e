package dev.iqconsole.catalog;

import java.util.Locale;

/**
 * A GIQ use case with its average request shape, or a workload asked for by its lengths.
 *
 * @param apiName the API string, e.g. {@code chatbot}; {@code null} for lengths asked without a use case
 * @param displayName gcloud's label, e.g. {@code Chatbot (ShareGPT)}
 * @param lengths whether the average lengths are published, assumed by this console, or asked in a request
 */
public record UseCase(
        String apiName,
        String displayName,
        int averageInputTokens,
        int averageOutputTokens,
        Lengths lengths,
        String source) {

    /** Where a use case's average input and output lengths come from. */
    public enum Lengths {
        /** Copied from a public source (named in {@code source}). */
        PUBLISHED,
        /** GIQ does not publish them: this console's assumption, labelled as such wherever it is shown. */
        ASSUMED,
        /** The lengths a request or a user asked for. */
        ASKED
    }

    /**
     * A request's own average lengths, under the use case it names (or none).
     *
     * @param named the use case the request also names, {@code null} for none
     */
    public static UseCase asked(UseCase named, int inputTokens, int outputTokens) {
        return new UseCase(
                named == null ? null : named.apiName(),
                named == null ? "Custom lengths" : named.displayName(),
                inputTokens,
                outputTokens,
                Lengths.ASKED,
                "average lengths asked for");
    }

    /**
     * The lengths in words, with where they come from: {@code 512 input / 64 output tokens (assumed: GIQ does not
     * publish this use case's lengths)}.
     */
    public String describeLengths() {
        String shape =
                String.format(Locale.ROOT, "%,d input / %,d output tokens", averageInputTokens, averageOutputTokens);
        return switch (lengths) {
            case PUBLISHED -> shape + " (published)";
            case ASSUMED -> shape + " (assumed: GIQ does not publish this use case's lengths)";
            case ASKED -> shape + " (asked for)";
        };
    }
}
