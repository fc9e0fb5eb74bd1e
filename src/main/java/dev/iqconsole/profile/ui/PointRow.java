package dev.iqconsole.profile.ui;

import dev.iqconsole.profile.Curve;
import dev.iqconsole.profile.CurvePoint;
import java.util.List;
import java.util.stream.IntStream;

/** One benchmark point of a curve, as the points table and its CSV show it. */
record PointRow(Curve curve, int index, CurvePoint point) {

    boolean inflection() {
        return index == curve.inflectionIndex();
    }

    static List<PointRow> of(List<Curve> curves) {
        return curves.stream()
                .flatMap(c -> IntStream.range(0, c.points().size())
                        .mapToObj(i -> new PointRow(c, i, c.points().get(i))))
                .toList();
    }
}
