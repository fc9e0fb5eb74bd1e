package dev.iqconsole.profile;

/**
 * A curve point with its token cost for the asked pricing model.
 *
 * @param cost {@code null} when no price exists for the machine type (shown as N/A)
 */
public record PricedPoint(CurvePoint point, TokenCost cost) {

    public boolean hasCost() {
        return cost != null;
    }
}
