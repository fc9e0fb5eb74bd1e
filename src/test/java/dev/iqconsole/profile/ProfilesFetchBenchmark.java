package dev.iqconsole.profile;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.TestCatalogs;
import dev.iqconsole.fixtures.FixtureCatalog;
import dev.iqconsole.fixtures.FixtureCurves;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code profiles:fetch} in-process: over the small fixture catalog (goal p99 < 1 ms) and over a synthetic catalog
 * of 100,000 profiles x 20 points (goal p99 < 20 ms). Sample mode, so JMH reports p50 and p99. Run by
 * {@code bench/profiles.sh}. Answers with latency targets are ranked and build their {@link Profile} objects as the
 * list is read ({@link RankedProfiles}), so those benchmarks read what a caller reads: the API's first page, or the
 * whole ranking.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// The JVM as the console runs: its options come from bench/profiles.sh (IQC_JVM_OPTIONS), its heap is the default one
// (no -Xmx in spring-boot:run or the Dockerfile either). A 2 GB heap made the 800 KB ranking arrays "humongous" to G1
// (1 MB regions), which started concurrent cycles with 12-18 ms pauses: a benchmark-only tail.
@Fork(1)
public class ProfilesFetchBenchmark {

    @State(Scope.Benchmark)
    public static class Fixture {
        ProfileService service;

        @Setup
        public void setUp() {
            service = new ProfileService(new FixtureCatalog(), new FixtureCurves());
        }
    }

    /** The catalog a user gets: the files of data/ with their modeled and published curves. */
    @State(Scope.Benchmark)
    public static class Bundled {
        ProfileService service;

        @Setup
        public void setUp() {
            Catalog catalog = TestCatalogs.repositoryData();
            service = new ProfileService(catalog, new ModeledCurveCatalog(catalog));
        }
    }

    /** 1,000 models x 100 machine types = 100,000 curves of 20 points. */
    @State(Scope.Benchmark)
    public static class Large {
        ProfileService service;

        @Setup
        public void setUp() {
            var synthetic = new SyntheticCatalog(1_000, 100, 20);
            service = new ProfileService(synthetic, synthetic);
        }
    }

    private static final ProfileQuery ALL_AT_INFLECTION = ProfileQuery.builder().build();
    private static final ProfileQuery ALL_AT_TARGETS =
            ProfileQuery.builder().targetNtpotMs(100.0).targetTtftMs(400.0).build();
    private static final ProfileQuery BUNDLED_MODEL_AT_TARGET = ProfileQuery.builder()
            .model("openai/gpt-oss-20b")
            .targetNtpotMs(50.0)
            .build();
    private static final ProfileQuery ONE_MODEL_AT_TARGET = ProfileQuery.builder()
            .model(SyntheticCatalog.model(500))
            .targetNtpotMs(100.0)
            .build();

    @Benchmark
    public ProfileResult bundled_allProfiles_inflection(Bundled b) {
        return b.service.fetch(ALL_AT_INFLECTION);
    }

    @Benchmark
    public ProfileResult bundled_oneModel_atTarget(Bundled b) {
        return b.service.fetch(BUNDLED_MODEL_AT_TARGET);
    }

    @Benchmark
    public ProfileResult fixture_allProfiles_inflection(Fixture f) {
        return f.service.fetch(ALL_AT_INFLECTION);
    }

    @Benchmark
    public ProfileResult fixture_allProfiles_ntpotAndTtftTargets(Fixture f) {
        return f.service.fetch(ALL_AT_TARGETS);
    }

    @Benchmark
    public ProfileResult synthetic100k_oneModel_ntpotTarget(Large l) {
        return l.service.fetch(ONE_MODEL_AT_TARGET);
    }

    @Benchmark
    public ProfileResult synthetic100k_allProfiles_inflection(Large l) {
        return l.service.fetch(ALL_AT_INFLECTION);
    }

    /**
     * As the API answers {@code profiles:fetch} with a page size of 100: every curve's operating point, cost, filters,
     * ranking keys and performance range in fetch, then the first page ranked and its profiles built.
     */
    @Benchmark
    public void synthetic100k_allProfiles_ntpotAndTtftTargets_firstPage(Large l, Blackhole blackhole) {
        ProfileResult result = l.service.fetch(ALL_AT_TARGETS);
        blackhole.consume(result.range());
        for (Profile profile : result.profiles().subList(0, FIRST_PAGE)) {
            blackhole.consume(profile);
        }
    }

    /** As {@link #synthetic100k_allProfiles_ntpotAndTtftTargets_firstPage}, ranking all 100,000 (the last read). */
    @Benchmark
    public void synthetic100k_allProfiles_ntpotAndTtftTargets_allRanked(Large l, Blackhole blackhole) {
        ProfileResult result = l.service.fetch(ALL_AT_TARGETS);
        blackhole.consume(result.range());
        blackhole.consume(result.profiles().getLast());
    }

    private static final int FIRST_PAGE = 100;
}
