package dev.iqconsole.profile;

import java.math.BigDecimal;

/**
 * A curve point with its token cost for the asked pricing model and where its figures come from.
 *
 * @param cost {@code null} when no price exists for the machine type (shown as N/A)
 * @param label published or modeled, with its basis: the same for this row on every page, the CSV and the API
 */
public record PricedPoint(CurvePoint point, TokenCost cost, DataLabel label) {

    public boolean hasCost() {
        return cost != null;
    }

    /** $ per million input tokens at this point; {@code null} where the machine type has no price. */
    public BigDecimal usdPerMillionInput() {
        return hasCost() ? cost.usdPerMillionInput() : null;
    }

    /** $ per million output tokens at this point; {@code null} where the machine type has no price. */
    public BigDecimal usdPerMillionOutput() {
        return hasCost() ? cost.usdPerMillionOutput() : null;
    }
}
