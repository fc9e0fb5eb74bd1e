package dev.iqconsole.deploy.ui;

import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileOrder;
import java.util.List;
import java.util.Optional;

/**
 * The deploy page's pick from the engine's ranking. A recommendation is something the user will pay for, so it is
 * never a machine without a price for the chosen pricing model unless the user asks for such machines ("Include
 * machines without a price"): ranked by throughput or latency alone, the fastest machine would win even when no one
 * can say what it costs (8 × B200 at "n/a" for a 20B model).
 */
final class Recommendation {

    static final String INCLUDE_UNPRICED = "Include machines without a price";

    private Recommendation() {}

    /** The first profile of {@code ranked} that may be recommended; empty when none may. */
    static Optional<Profile> first(List<Profile> ranked, boolean includeUnpriced) {
        return ranked.stream().filter(p -> includeUnpriced || p.at().hasCost()).findFirst();
    }

    /** The profiles the recommendation may come from, in the engine's order. */
    static List<Profile> candidates(List<Profile> ranked, boolean includeUnpriced) {
        return includeUnpriced
                ? ranked
                : ranked.stream().filter(p -> p.at().hasCost()).toList();
    }

    /**
     * Why nothing is recommended although {@code ranked} has profiles: none of them has a price. Empty when something
     * is recommended or nothing is ranked (then the targets say why).
     */
    static String whyNone(List<Profile> ranked, boolean includeUnpriced, String pricingModel, ProfileOrder order) {
        if (ranked.isEmpty() || first(ranked, includeUnpriced).isPresent()) {
            return "";
        }
        return "No machine type that suits these settings has a " + PricingModel.displayNameOf(pricingModel)
                + " price, so none is recommended"
                + (order == ProfileOrder.RECOMMENDED ? "" : " for " + optimizedFor(order))
                + ": the page shows the engine's first, its costs n/a. Choose another pricing model, or tick \""
                + INCLUDE_UNPRICED + "\" to rank machines without a price too.";
    }

    private static String optimizedFor(ProfileOrder order) {
        return order == ProfileOrder.THROUGHPUT ? "throughput" : "latency";
    }
}
