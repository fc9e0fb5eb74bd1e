package dev.iqconsole.profile;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.TestCatalogs;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code profiles:fetch} in-process at the realistic scale: the bundled catalog, and a synthetic one of 20,000
 * curves of 20 points (every catalog model x servers x versions x machine types x use cases, plus a team's imported
 * results). Goals: one model p99 < 1 ms; an API page p99 well under 10 ms, leaving room for HTTP and JSON. Sample
 * mode, so JMH reports p50 and p99. Each query is read as the API answers it: fetch, the range, the first page of
 * 100. Run by {@code bench/profiles.sh}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProfilesFetchBenchmark {

    /** The bundled catalog (data/) or 200 synthetic models x 100 machine types = 20,000 curves. */
    @State(Scope.Benchmark)
    public static class Curves {
        @Param({"bundled", "synthetic20k"})
        String catalog;

        ProfileService service;
        CurveIndex index;
        Pricer pricer;
        ProfileQuery oneModel;

        @Setup
        public void setUp() {
            Catalog data;
            CurveCatalog curves;
            if (catalog.equals("bundled")) {
                data = TestCatalogs.repositoryData();
                curves = new ModeledCurveCatalog(data);
                oneModel = ProfileQuery.builder()
                        .model("openai/gpt-oss-20b")
                        .targetNtpotMs(50.0)
                        .build();
            } else {
                var synthetic = new SyntheticCatalog(200, 100, 20);
                data = synthetic;
                curves = synthetic;
                oneModel = ProfileQuery.builder()
                        .model(SyntheticCatalog.model(100))
                        .targetNtpotMs(100.0)
                        .build();
            }
            service = new ProfileService(data, curves);
            index = new CurveIndex(data, curves.curves());
            pricer = new Pricer(data);
            service.modelsWithProfiles(); // waits for the curves
        }

        /** The plain path: filter, read each curve by scanning its points, price, sort with a Comparator. */
        List<Profile> plain(ProfileQuery query, Blackhole blackhole) {
            int[] matching = CurveFilter.matching(index, query.model(), null, null, null, null);
            var answer = PlainProfiles.answer(
                    index,
                    pricer,
                    matching,
                    query.targets(),
                    QueryChecks.pricingModel(null),
                    TokenCosts.DEFAULT_OUTPUT_INPUT_COST_RATIO,
                    query.order(),
                    null);
            blackhole.consume(answer.range());
            return answer.profiles();
        }

        List<Profile> optimized(ProfileQuery query, Blackhole blackhole) {
            ProfileResult result = service.fetch(query);
            blackhole.consume(result.range());
            return result.profiles();
        }
    }

    private static final ProfileQuery ALL_AT_INFLECTION = ProfileQuery.builder().build();
    private static final ProfileQuery ALL_AT_TARGETS =
            ProfileQuery.builder().targetNtpotMs(100.0).targetTtftMs(400.0).build();
    private static final int FIRST_PAGE = 100;

    private static void firstPage(List<Profile> profiles, Blackhole blackhole) {
        for (Profile profile : profiles.subList(0, Math.min(FIRST_PAGE, profiles.size()))) {
            blackhole.consume(profile);
        }
    }

    @Benchmark
    public void oneModel_atTarget_plain(Curves c, Blackhole b) {
        firstPage(c.plain(c.oneModel, b), b);
    }

    @Benchmark
    public void oneModel_atTarget_optimized(Curves c, Blackhole b) {
        firstPage(c.optimized(c.oneModel, b), b);
    }

    @Benchmark
    public void allModels_inflection_plain(Curves c, Blackhole b) {
        firstPage(c.plain(ALL_AT_INFLECTION, b), b);
    }

    @Benchmark
    public void allModels_inflection_optimized(Curves c, Blackhole b) {
        firstPage(c.optimized(ALL_AT_INFLECTION, b), b);
    }

    @Benchmark
    public void allModels_ntpotAndTtftTargets_firstPage_plain(Curves c, Blackhole b) {
        firstPage(c.plain(ALL_AT_TARGETS, b), b);
    }

    @Benchmark
    public void allModels_ntpotAndTtftTargets_firstPage_optimized(Curves c, Blackhole b) {
        firstPage(c.optimized(ALL_AT_TARGETS, b), b);
    }
}
