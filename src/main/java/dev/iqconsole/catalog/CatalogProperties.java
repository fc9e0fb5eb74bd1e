package dev.iqconsole.catalog;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the catalog files are and which prices token costs use.
 *
 * @param dir folder with the reviewed catalog files; if it holds none, the copy packaged in the jar is used
 * @param priceRegion region whose prices are preferred (GIQ does not say which region it prices; us-central1 is
 *     where the 2025 GIQ numbers reproduce)
 * @param priceDate price snapshot to prefer; empty means the newest listed
 */
@ConfigurationProperties("iqconsole.catalog")
record CatalogProperties(
        @DefaultValue("./data") Path dir,
        @DefaultValue("us-central1") String priceRegion,
        LocalDate priceDate) {}
