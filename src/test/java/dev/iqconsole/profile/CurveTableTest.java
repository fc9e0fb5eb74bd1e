package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.TestCatalogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link CurveTable} must read exactly the operating point that {@link OperatingPoints}' full segment scan finds (the
 * same numbers, not merely close ones), read alone or after a prefetch, on the catalog's curves and on random ones
 * with plateaus, dips, unknown values, single points and targets on measured points.
 */
class CurveTableTest {

    @Test
    void on_the_catalogs_curves_the_table_reads_what_the_full_scan_finds() {
        Catalog catalog = TestCatalogs.repositoryData();
        assertSameAsFullScan(new ModeledCurveCatalog(catalog).curves(), new Random(13), 20);
    }

    @Test
    void on_random_curves_the_table_reads_what_the_full_scan_finds() {
        Random random = new Random(17);
        List<Curve> curves = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            curves.add(CurveShapeTest.randomCurve(random));
        }
        assertSameAsFullScan(curves, random, 10);
    }

    @Test
    void latencies_a_float_cannot_tell_from_the_target_are_compared_exactly() {
        Random random = new Random(41);
        List<Curve> curves = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            // around 100 ms, values closer to each other and to the targets than a float's precision
            List<CurvePoint> points = new ArrayList<>();
            double ntpot = 100 - random.nextInt(4) * 1e-7;
            for (int p = 0; p < 1 + random.nextInt(8); p++) {
                ntpot += random.nextInt(3) * 1e-7;
                points.add(new CurvePoint(p, 10 + p * 10, 20 + p, ntpot, ntpot * 4, ntpot, Provenance.MODELED));
            }
            curves.add(new Curve(
                    CurveShapeTest.randomCurve(random).key(),
                    points,
                    0,
                    Provenance.MODELED,
                    "test",
                    java.util.Map.of(),
                    "test"));
        }
        assertSameAsFullScan(curves, random, 20);
    }

    private static void assertSameAsFullScan(List<Curve> curves, Random random, int rounds) {
        var table = new CurveTable(curves);
        int[] positions = IntStream.range(0, curves.size()).toArray();
        var reading = new TableReading();
        for (int round = 0; round < rounds; round++) {
            Curve sample = curves.get(random.nextInt(curves.size()));
            LatencyTargets targets = random.nextInt(10) == 0
                    ? LatencyTargets.none()
                    : CurveShapeTest.targetsNear(random, sample.points());
            var numbers = TableTargets.of(targets);
            for (int from = 0; from < positions.length; from += CurveTable.CHUNK) {
                int to = Math.min(positions.length, from + CurveTable.CHUNK);
                table.prefetch(positions, from, to, numbers, reading);
                for (int i = from; i < to; i++) {
                    Curve curve = curves.get(i);
                    Optional<CurvePoint> expected = OperatingPoints.of(curve, CurveShape.IRREGULAR, targets);
                    String what = curve.points() + " with " + targets;

                    assertThat(read(table, i, i - from, numbers, reading))
                            .as(what)
                            .isEqualTo(expected.map(CurveTableTest::metrics));
                    assertThat(read(table, i, -1, numbers, reading))
                            .as(what)
                            .isEqualTo(expected.map(CurveTableTest::metrics));
                }
            }
        }
    }

    private static Optional<List<Double>> read(
            CurveTable table, int position, int slot, TableTargets targets, TableReading reading) {
        boolean met = slot < 0 ? table.read(position, targets, reading) : table.read(position, slot, targets, reading);
        return met
                ? Optional.of(List.of(
                        reading.outputTokensPerSecond,
                        reading.inputTokensPerSecond,
                        reading.ntpotMs,
                        reading.ttftMs,
                        reading.itlMs))
                : Optional.empty();
    }

    private static List<Double> metrics(CurvePoint p) {
        return List.of(p.outputTokensPerSecond(), p.inputTokensPerSecond(), p.ntpotMs(), p.ttftMs(), p.itlMs());
    }
}
