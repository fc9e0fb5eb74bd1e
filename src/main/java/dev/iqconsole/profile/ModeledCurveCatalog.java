package dev.iqconsole.profile;

import dev.iqconsole.catalog.Catalog;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The {@link CurveCatalog}: every curve built once at start from the catalog, then served from memory. */
@Service
class ModeledCurveCatalog implements CurveCatalog {

    private static final Logger log = LoggerFactory.getLogger(ModeledCurveCatalog.class);

    private final List<Curve> curves;
    private final List<Exclusion> exclusions;

    ModeledCurveCatalog(Catalog catalog) {
        long start = System.nanoTime();
        var result = CurveBuilder.build(catalog);
        this.curves = result.curves();
        this.exclusions = result.exclusions();
        log.info(
                "Built {} curves ({} excluded combinations) in {} ms",
                curves.size(),
                exclusions.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public List<Curve> curves() {
        return curves;
    }

    @Override
    public List<Exclusion> exclusions() {
        return exclusions;
    }
}
