package dev.iqconsole.catalog;

import java.nio.file.Path;
import java.util.List;

/** The real catalog files of {@code data/}, loaded without Spring, for plain tests in any package. */
public final class TestCatalogs {

    private static Catalog repository;

    private TestCatalogs() {}

    /** The reviewed files in the repository's data/ folder, prices preferred from us-central1, newest date. */
    public static synchronized Catalog repositoryData() {
        if (repository == null) {
            repository = new CatalogService(CatalogFiles.in(Path.of("data")).load(), "us-central1", null);
        }
        return repository;
    }

    /** The prices of data/prices.csv as listed, every region and date, before any accelerator-only derivation. */
    public static List<Price> listedPrices() {
        return CatalogFiles.in(Path.of("data")).load().listedPrices();
    }
}
