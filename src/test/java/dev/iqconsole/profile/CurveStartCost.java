package dev.iqconsole.profile;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.TestCatalogs;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * What the curves cost at the console's start, in a fresh JVM as at {@code java -jar}: how long the constructors of the
 * {@link CurveCatalog} and {@link ProfileService} beans hold up the start, how long until the curves and the answers
 * built from them are ready, and the heap each holds after a full GC. One JVM per run, one tab-separated line; run by
 * {@code bench/profiles.sh}.
 */
public final class CurveStartCost {

    private CurveStartCost() {}

    public static void main(String[] args) {
        // logging is set up before the beans at the console's start; here it would be charged to the first bean
        LoggerFactory.getLogger(CurveStartCost.class).info("measuring");
        Catalog catalog = TestCatalogs.repositoryData();
        long base = usedAfterGc();
        long start = System.nanoTime();
        var curves = new ModeledCurveCatalog(catalog);
        long constructed = System.nanoTime();
        int count = curves.curves().size();
        long built = System.nanoTime();
        long curvesHeld = usedAfterGc() - base;
        long serviceStart = System.nanoTime();
        var service = new ProfileService(catalog, curves);
        long serviceConstructed = System.nanoTime();
        int models = service.modelsWithProfiles().size();
        long serviceReady = System.nanoTime();
        long allHeld = usedAfterGc() - base;
        System.out.printf(
                Locale.ROOT,
                "catalog_bean_ms\t%.1f\tcurves_ready_ms\t%.1f\tservice_bean_ms\t%.1f\tanswers_ready_ms\t%.1f"
                        + "\tcurves_mb\t%.1f\tcurves_and_answers_mb\t%.1f\tcurves\t%d\tmodels\t%d%n",
                ms(start, constructed),
                ms(start, built),
                ms(serviceStart, serviceConstructed),
                ms(serviceStart, serviceReady),
                curvesHeld / 1e6,
                allHeld / 1e6,
                count,
                models);
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
