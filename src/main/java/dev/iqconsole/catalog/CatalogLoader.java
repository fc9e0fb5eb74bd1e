package dev.iqconsole.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads and validates the catalog files once at start: those in the configured folder, else the copy packaged in the
 * jar. A bad file stops start-up with its file, line and field. The catalog is kept in memory only, never in the
 * database: consoles that share one database may each run their own catalog version without replacing the other's.
 */
@Component
class CatalogLoader {

    private static final Logger log = LoggerFactory.getLogger(CatalogLoader.class);

    private final CatalogProperties properties;

    CatalogLoader(CatalogProperties properties) {
        this.properties = properties;
    }

    /** The same source {@link #importFiles} reads: the folder when it holds a catalog, else the jar's copy. */
    CatalogFiles files() {
        var dir = properties.dir().toAbsolutePath().normalize();
        return CatalogFiles.hasCatalog(dir) ? CatalogFiles.in(dir) : CatalogFiles.packaged();
    }

    CatalogData importFiles() {
        var dir = properties.dir().toAbsolutePath().normalize();
        boolean local = CatalogFiles.hasCatalog(dir);
        var data = (local ? CatalogFiles.in(dir) : CatalogFiles.packaged()).load();
        log.info(
                "Catalog loaded from {}: {} models, {} machine types, {} prices, {} published points",
                local ? dir : "the copy packaged in the jar (no catalog files in " + dir + ")",
                data.models().size(),
                data.machineTypes().size(),
                data.listedPrices().size(),
                data.publishedPoints().size());
        return data;
    }
}
