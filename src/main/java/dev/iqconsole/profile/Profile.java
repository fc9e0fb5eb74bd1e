package dev.iqconsole.profile;

import dev.iqconsole.catalog.UseCase;

/**
 * One returned profile: its curve and the operating point its metrics are read at.
 *
 * @param useCase the curve's use case from the catalog, {@code null} if the catalog does not know it
 */
public record Profile(Curve curve, UseCase useCase, PricedPoint at) {

    public ProfileKey key() {
        return curve.key();
    }
}
