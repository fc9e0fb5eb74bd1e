package dev.iqconsole.profile.ui;

import dev.iqconsole.profile.BenchmarkCurve;
import dev.iqconsole.profile.Curve;
import dev.iqconsole.profile.CurvePoint;
import dev.iqconsole.profile.PricedPoint;
import java.util.List;
import java.util.stream.IntStream;

/** One benchmark point of a curve, priced and labeled, as the points table and its CSV show it. */
record PointRow(Curve curve, int index, PricedPoint priced) {

    CurvePoint point() {
        return priced.point();
    }

    boolean inflection() {
        return index == curve.inflectionIndex();
    }

    static List<PointRow> of(List<BenchmarkCurve> curves) {
        return curves.stream()
                .flatMap(c -> IntStream.range(0, c.points().size())
                        .mapToObj(i -> new PointRow(c.curve(), i, c.points().get(i))))
                .toList();
    }
}
