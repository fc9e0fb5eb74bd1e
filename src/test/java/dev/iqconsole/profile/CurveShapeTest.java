package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.TestCatalogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The binary search that {@link CurveShape} allows must find exactly the operating point the full segment scan finds
 * (the same numbers, not merely close ones), on real curves and on random ones with plateaus, dips, unknown values
 * and targets that fall exactly on measured points.
 */
class CurveShapeTest {

    private static final ProfileKey KEY =
            new ProfileKey("m", "vllm", "v1", "g2-standard-8", "nvidia-l4", 1, null, "chatbot");

    @Test
    void on_the_catalogs_curves_the_search_finds_what_the_full_scan_finds() {
        Catalog catalog = TestCatalogs.repositoryData();
        List<Curve> curves = new ModeledCurveCatalog(catalog).curves();
        Random random = new Random(11);
        int searched = 0;
        for (Curve curve : curves) {
            int shape = CurveShape.of(curve.points());
            for (int round = 0; round < 20; round++) {
                LatencyTargets targets = targetsNear(random, curve.points());
                assertSameAsFullScan(curve, shape, targets);
                searched += CurveShape.allowsSearch(shape, targets) ? 1 : 0;
            }
        }
        assertThat(searched).as("real curves are regular enough to be searched").isGreaterThan(curves.size() * 5);
    }

    @Test
    void on_random_curves_the_search_finds_what_the_full_scan_finds() {
        Random random = new Random(5);
        int searched = 0;
        for (int round = 0; round < 20_000; round++) {
            Curve curve = randomCurve(random);
            int shape = CurveShape.of(curve.points());
            LatencyTargets targets = targetsNear(random, curve.points());
            assertSameAsFullScan(curve, shape, targets);
            searched += CurveShape.allowsSearch(shape, targets) ? 1 : 0;
        }
        assertThat(searched).as("both paths are exercised").isBetween(2_000, 18_000);
    }

    @Test
    void a_curve_whose_latency_dips_or_is_unknown_is_scanned_whole() {
        var rising = List.of(point(100, 10), point(200, 20), point(300, 30));
        var dipping = List.of(point(100, 10), point(200, 8), point(300, 30));
        var unknown = List.of(point(100, 10), point(200, Double.NaN), point(300, 30));
        var flatThroughput = List.of(point(100, 10), point(100, 20), point(300, 30));
        var ntpotTarget = new LatencyTargets(25.0, null, null);

        assertThat(CurveShape.allowsSearch(CurveShape.of(rising), ntpotTarget)).isTrue();
        assertThat(CurveShape.allowsSearch(CurveShape.of(dipping), ntpotTarget)).isFalse();
        assertThat(CurveShape.allowsSearch(CurveShape.of(unknown), ntpotTarget)).isFalse();
        assertThat(CurveShape.allowsSearch(CurveShape.of(flatThroughput), ntpotTarget))
                .isFalse();
        assertThat(CurveShape.allowsSearch(CurveShape.IRREGULAR, ntpotTarget)).isFalse();
    }

    private static void assertSameAsFullScan(Curve curve, int shape, LatencyTargets targets) {
        assertThat(OperatingPoints.of(curve, shape, targets))
                .as("%s with %s", curve.points(), targets)
                .isEqualTo(OperatingPoints.of(curve, CurveShape.IRREGULAR, targets));
    }

    /** Targets between, beyond, below and exactly on the curve's values; some metrics untargeted. */
    static LatencyTargets targetsNear(Random random, List<CurvePoint> points) {
        return new LatencyTargets(
                targetNear(random, points, CurvePoint::ntpotMs),
                targetNear(random, points, CurvePoint::ttftMs),
                targetNear(random, points, CurvePoint::itlMs));
    }

    private static Double targetNear(
            Random random, List<CurvePoint> points, java.util.function.ToDoubleFunction<CurvePoint> metric) {
        if (random.nextInt(3) == 0) {
            return null;
        }
        double value = metric.applyAsDouble(points.get(random.nextInt(points.size())));
        if (Double.isNaN(value)) {
            return 50.0;
        }
        return switch (random.nextInt(3)) {
            case 0 -> value;
            case 1 -> value * (0.5 + random.nextDouble());
            default -> value * 2 + 1;
        };
    }

    /** Mostly rising curves, of 1 to 25 points, with small integers so that ties and plateaus happen. */
    static Curve randomCurve(Random random) {
        int size = 1 + random.nextInt(25);
        List<CurvePoint> points = new ArrayList<>();
        double throughput = random.nextInt(50);
        double ntpot = random.nextInt(20);
        double ttft = random.nextInt(100);
        for (int i = 0; i < size; i++) {
            throughput += random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(500);
            ntpot += random.nextInt(12) == 0 ? -3 : random.nextInt(8);
            ttft += random.nextInt(12) == 0 ? -10 : random.nextInt(40);
            double itl = random.nextInt(30) == 0 ? Double.NaN : ntpot * 0.9;
            points.add(new CurvePoint(i, throughput, throughput * 1.1, ntpot, ttft, itl, Provenance.MODELED));
        }
        return new Curve(KEY, points, random.nextInt(size), Provenance.MODELED, "test", Map.of(), "test");
    }

    private static CurvePoint point(double outputTokensPerSecond, double ntpotMs) {
        return new CurvePoint(
                1, outputTokensPerSecond, Double.NaN, ntpotMs, Double.NaN, Double.NaN, Provenance.MODELED);
    }
}
