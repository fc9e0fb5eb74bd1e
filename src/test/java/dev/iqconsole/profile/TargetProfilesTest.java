package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.catalog.TestCatalogs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Queries with latency targets are answered from numbers ({@link TargetProfiles}: {@link CurveTable}, costs as
 * doubles, packed ranking, profiles built when read). On random queries over the real catalog, a synthetic one and
 * random irregular curves, the answer must be what the plain way gives: each curve's point by the full segment scan,
 * priced by the Pricer, filtered by the exact cost figures, the range over the returned profiles and a plain
 * comparator's order.
 */
class TargetProfilesTest {

    @Test
    void on_the_real_catalog_random_queries_answer_as_the_plain_way() {
        Catalog catalog = TestCatalogs.repositoryData();
        assertSameAsPlainWay(catalog, new ModeledCurveCatalog(catalog).curves(), new Random(23), 300);
    }

    /** The benchmark's plain path ({@link PlainProfiles}) answers as the service does, so their figures compare. */
    @Test
    void the_benchmarks_plain_path_answers_as_the_service() {
        var synthetic = new SyntheticCatalog(20, 10, 20);
        var service = new ProfileService(synthetic, synthetic);
        var index = new CurveIndex(synthetic, synthetic.curves());
        var pricer = new Pricer(synthetic);
        for (ProfileOrder order : ProfileOrder.values()) {
            for (var targets : List.of(new LatencyTargets(null, null, null), new LatencyTargets(100.0, 400.0, null))) {
                var query = ProfileQuery.builder()
                        .targetNtpotMs(targets.ntpotMs())
                        .targetTtftMs(targets.ttftMs())
                        .order(order)
                        .build();
                int[] all = CurveFilter.matching(index, null, null, null, null, null);
                var plain = PlainProfiles.answer(
                        index,
                        pricer,
                        all,
                        targets,
                        QueryChecks.pricingModel(null),
                        TokenCosts.DEFAULT_OUTPUT_INPUT_COST_RATIO,
                        order,
                        null);

                ProfileResult result = service.fetch(query);

                assertThat(plain.profiles()).as(order + ", " + targets).isNotEmpty();
                assertThat(result.profiles()).as(order + ", " + targets).containsExactlyElementsOf(plain.profiles());
                assertThat(result.range()).as(order + ", " + targets).isEqualTo(plain.range());
            }
        }
    }

    @Test
    void on_a_synthetic_catalog_random_queries_answer_as_the_plain_way() {
        var synthetic = new SyntheticCatalog(30, 40, 20);
        assertSameAsPlainWay(synthetic, synthetic.curves(), new Random(29), 100);
    }

    @Test
    void on_random_irregular_curves_random_queries_answer_as_the_plain_way() {
        Catalog catalog = TestCatalogs.repositoryData();
        List<Curve> real = new ModeledCurveCatalog(catalog).curves();
        Random random = new Random(31);
        List<Curve> curves = new ArrayList<>();
        for (Curve curve : real) {
            Curve shape = CurveShapeTest.randomCurve(random);
            curves.add(new Curve(
                    curve.key(),
                    shape.points(),
                    shape.inflectionIndex(),
                    Provenance.MODELED,
                    "test",
                    curve.parameters(),
                    "test"));
        }
        assertSameAsPlainWay(catalog, curves, random, 300);
    }

    private static void assertSameAsPlainWay(Catalog catalog, List<Curve> curves, Random random, int queries) {
        // one pricer for both ways: the rows' labels are then the same objects, which compare at once (equal labels
        // from two pricers compare character by character, which took a third of this test's time)
        var pricer = new Pricer(catalog);
        var service = new ProfileService(catalog, new CurveList(curves), pricer);
        var index = new CurveIndex(catalog, curves);
        int answered = 0;
        for (int round = 0; round < queries; round++) {
            Curve sample = index.curve(random.nextInt(index.size()));
            LatencyTargets near = CurveShapeTest.targetsNear(random, sample.points());
            var targets = new LatencyTargets(allowed(near.ntpotMs()), allowed(near.ttftMs()), allowed(near.itlMs()));
            ProfileOrder order = ProfileOrder.values()[random.nextInt(ProfileOrder.values().length)];
            PricingModel pricingModel = PricingModel.values()[random.nextInt(PricingModel.values().length)];
            String versions = random.nextBoolean() ? "all" : null;
            Double ratio = random.nextInt(4) == 0 ? 2.5 : null;
            // a cost target is positive (0 is refused as a bad query): $0.001 to $2.000
            BigDecimal costTarget = random.nextInt(5) == 0 ? BigDecimal.valueOf(1 + random.nextInt(2000), 3) : null;
            var query = ProfileQuery.builder()
                    .targetNtpotMs(targets.ntpotMs())
                    .targetTtftMs(targets.ttftMs())
                    .targetItlMs(targets.itlMs())
                    .order(order)
                    .pricingModel(pricingModel.apiName())
                    .modelServerVersion(versions)
                    .outputInputCostRatio(ratio)
                    .targetUsdPerMillionOutput(costTarget)
                    .build();
            String what = targets + ", " + order + ", " + pricingModel + ", versions " + versions + ", ratio " + ratio
                    + ", cost target " + costTarget;

            ProfileResult result = service.fetch(query);

            IntPredicate selected = index.versionsSelectedBy(versions);
            List<Profile> expected = new ArrayList<>();
            for (int position = 0; position < index.size(); position++) {
                Curve curve = index.curve(position);
                if (!selected.test(position)) {
                    continue;
                }
                var point = OperatingPoints.of(curve, CurveShape.IRREGULAR, query.targets());
                if (point.isEmpty()) {
                    continue;
                }
                PricedPoint priced = pricer.price(
                        curve, point.get(), index.useCase(position), pricingModel, ratio == null ? 4.0 : ratio);
                if (costTarget != null
                        && !(priced.hasCost()
                                && priced.cost().usdPerMillionOutput().compareTo(costTarget) <= 0)) {
                    continue;
                }
                expected.add(new Profile(curve, index.useCase(position), priced));
            }
            List<Profile> ranked = IntStream.range(0, expected.size())
                    .boxed()
                    .sorted(RankedPositionsTest.reference(expected, order))
                    .map(expected::get)
                    .toList();

            assertThat(result.profiles()).as(what).containsExactlyElementsOf(ranked);
            assertThat(result.range()).as(what).isEqualTo(PerformanceRange.over(expected));
            if (ranked.isEmpty()) {
                assertThat(result.comment()).as(what).isNotEmpty();
            } else {
                // the published rows, found the plain way: every answered row's own label
                var published = expected.stream()
                        .filter(p -> p.at().label().isPublished())
                        .toList();
                assertThat(result.comment())
                        .as(what)
                        .isEqualTo(LabelComments.of(published, expected.size()) + WorkloadComments.lengths(ranked));
            }
            answered += ranked.size() > 1 ? 1 : 0;
        }
        assertThat(answered).as("queries answered with several profiles").isGreaterThan(queries / 3);
    }

    /** Queries take targets above 0 ms; random curves have latencies at or below 0 too. */
    private static Double allowed(Double target) {
        return target == null ? null : Math.max(0.5, target);
    }

    private record CurveList(List<Curve> curves) implements CurveCatalog {
        @Override
        public List<Exclusion> exclusions() {
            return List.of();
        }
    }
}
