package dev.iqconsole.profile;

import dev.iqconsole.catalog.UseCase;
import java.util.List;

/** All points of one profile's curve, each priced for the asked pricing model. */
public record BenchmarkCurve(Curve curve, UseCase useCase, List<PricedPoint> points) {

    public BenchmarkCurve {
        points = List.copyOf(points);
    }

    public ProfileKey key() {
        return curve.key();
    }
}
