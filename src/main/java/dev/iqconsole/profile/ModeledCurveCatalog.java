package dev.iqconsole.profile;

import dev.iqconsole.catalog.Catalog;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The {@link CurveCatalog}: every curve built once from the catalog, then served from memory. The build starts with
 * the bean and runs beside the rest of the start (2.7-4.3 s in a fresh JVM on a loaded 2-core machine, against the
 * goal of a first page within 3 s of {@code java -jar}); the first caller that needs the curves waits for them.
 */
@Service
class ModeledCurveCatalog implements CurveCatalog {

    private static final Logger log = LoggerFactory.getLogger(ModeledCurveCatalog.class);

    private final CompletableFuture<CurveBuilder.Result> built;

    ModeledCurveCatalog(Catalog catalog) {
        this.built = Background.run("curve-catalog", () -> build(catalog));
    }

    private static CurveBuilder.Result build(Catalog catalog) {
        long start = System.nanoTime();
        var result = CurveBuilder.build(catalog);
        log.info(
                "Built {} curves ({} excluded combinations) in {} ms",
                result.curves().size(),
                result.exclusions().size(),
                (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    @Override
    public List<Curve> curves() {
        return Background.await(built).curves();
    }

    @Override
    public List<Exclusion> exclusions() {
        return Background.await(built).exclusions();
    }
}
