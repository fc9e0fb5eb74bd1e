package dev.iqconsole.catalog.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The catalog page's search and filters. Empty sets mean "any". Every word of the search text must appear in the
 * model's id, name, provider, license or the words its card shows (MoE, gated, open weights), so {@code "gpt 20b"}
 * finds {@code openai/gpt-oss-20b} and {@code "moe"} the mixture-of-experts models.
 */
record ModelFilter(String text, Set<String> providers, Set<SizeBucket> sizes, Access access, boolean optimizedOnly)
        implements Predicate<ModelListing> {

    static final ModelFilter NONE = new ModelFilter("", Set.of(), Set.of(), Access.ANY, false);

    ModelFilter {
        text = text == null ? "" : text.strip();
        providers = Set.copyOf(providers);
        sizes = Set.copyOf(sizes);
        access = access == null ? Access.ANY : access;
    }

    @Override
    public boolean test(ModelListing listing) {
        var model = listing.model();
        return matchesText(listing)
                && (providers.isEmpty() || providers.contains(model.provider()))
                && (sizes.isEmpty() || sizes.contains(SizeBucket.of(model)))
                && (access == Access.ANY || (access == Access.GATED) == model.gated())
                && (!optimizedOnly || listing.optimized());
    }

    private boolean matchesText(ModelListing listing) {
        var model = listing.model();
        String haystack = String.join(
                        " ",
                        model.id(),
                        model.displayName(),
                        model.provider(),
                        model.license(),
                        model.isMixtureOfExperts() ? "moe mixture of experts" : "dense",
                        model.gated() ? "gated" : "open weights")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(word -> !word.isEmpty())
                .allMatch(haystack::contains);
    }
}
