package dev.iqconsole.profile;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A profile's latency-vs-throughput curve, points in increasing load, with the index of its inflection point.
 *
 * @param provenance {@code PUBLISHED*} when the points are copied from a source, {@code MODELED} when computed
 * @param anchorRef the published point a modeled curve derives from (its id), or the source of a published curve
 * @param parameters the curve model's parameters (N0, Xinf, gamma, ...) for a modeled curve; empty otherwise
 */
public record Curve(
        ProfileKey key,
        List<CurvePoint> points,
        int inflectionIndex,
        Provenance provenance,
        String anchorRef,
        Map<String, Double> parameters,
        String source) {

    public Curve {
        points = List.copyOf(points);
        parameters = Map.copyOf(parameters);
        if (points.isEmpty() || inflectionIndex < 0 || inflectionIndex >= points.size()) {
            throw new IllegalArgumentException("curve " + key + ": inflection index outside its points");
        }
    }

    public CurvePoint inflection() {
        return points.get(inflectionIndex);
    }

    /**
     * How far a modeled curve's throughput may be off: the calibrated model's held-out error as a factor, so the band
     * is {@code prediction x/÷ factor}. Empty for a published curve.
     */
    public OptionalDouble errorFactor() {
        Double factor = parameters.get(ERROR_FACTOR);
        return factor == null ? OptionalDouble.empty() : OptionalDouble.of(factor);
    }

    /** The parameter that carries {@link #errorFactor()}. */
    static final String ERROR_FACTOR = "error_factor";
}
