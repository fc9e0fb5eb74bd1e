package dev.iqconsole.profile;

import dev.iqconsole.catalog.PricingModel;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Where the figures of one row (a curve point, or a profile at its operating point) come from, as every page, the CSV
 * and the API say it: {@code published} (copied from a source, named with its date) or {@code modeled} (computed by
 * the console's curve model, named with its anchors). Decided in one place, {@link DataLabels}.
 *
 * @param basis the source and date of a published row, the anchors of a modeled one, in words
 * @param publishedCost the cost the source printed beside a published row; a reference only, never the row's cost
 */
public record DataLabel(Kind kind, String basis, PublishedCost publishedCost) {

    public enum Kind {
        PUBLISHED("published"),
        MODELED("modeled");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A cost as its source printed it, at the source's own (unstated) hourly prices: shown beside the row for
     * reference; rankings, charts and the API's {@code cost} use the console's price sheet instead.
     *
     * @param pricingModel the API name, as the source states or implies it ({@code spot}); shown by its display name
     */
    public record PublishedCost(BigDecimal usdPerMillionInput, BigDecimal usdPerMillionOutput, String pricingModel) {

        /** {@code GIQ published $0.035/M output tokens (Spot) at its prices of the time: a reference, not used here}. */
        public String describe() {
            return "GIQ published $" + String.format(Locale.ROOT, "%.3f", usdPerMillionOutput) + "/M output tokens"
                    + (usdPerMillionInput == null
                            ? ""
                            : " and $" + String.format(Locale.ROOT, "%.3f", usdPerMillionInput) + "/M input")
                    + " (" + PricingModel.displayNameOf(pricingModel) + ") in that source, at its prices of the time: a"
                    + " reference, not used here";
        }
    }

    static DataLabel published(String basis, PublishedCost publishedCost) {
        return new DataLabel(Kind.PUBLISHED, basis, publishedCost);
    }

    static DataLabel modeled(String basis) {
        return new DataLabel(Kind.MODELED, basis, null);
    }

    public boolean isPublished() {
        return kind == Kind.PUBLISHED;
    }

    /** {@code published} or {@code modeled}. */
    public String label() {
        return kind.label();
    }

    /** The label with its basis and any published cost, in one line: what a tooltip or a comment says. */
    public String describe() {
        return label() + ": " + basis + (publishedCost == null ? "" : ". " + publishedCost.describe());
    }
}
