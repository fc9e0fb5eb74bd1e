package dev.iqconsole.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.profile.CurveCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Start-up with a folder that has no catalog files: the copy packaged in the jar is imported. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:importertest;DB_CLOSE_DELAY=-1",
            "iqc.catalog.dir=target/no-catalog-here"
        })
class CatalogImporterTest {

    @Autowired
    CatalogImporter importer;

    @Autowired
    Catalog catalog;

    @Autowired
    CurveCatalog curves;

    @Autowired
    JdbcClient jdbc;

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void without_local_files_the_packaged_catalog_is_imported_and_reimporting_changes_nothing() {
        assertThat(catalog.models()).hasSize(22);
        assertThat(count("model")).isEqualTo(22);
        long points = count("benchmark_point");
        long prices = count("price");

        importer.importFiles();
        importer.importFiles();

        assertThat(count("model")).isEqualTo(22);
        assertThat(count("benchmark_point")).isEqualTo(points).isEqualTo(38);
        assertThat(count("price")).isEqualTo(prices);
        assertThat(jdbc.sql(
                                "SELECT usd_per_hour FROM price WHERE machine_type = 'a3-highgpu-1g'"
                                        + " AND pricing_model = 'spot' AND region = 'us-central1' AND price_date = DATE '2025-08-30'")
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("2.5494");
    }

    @Test
    void the_catalog_bean_answers_lookups_and_the_curves_are_built_at_start() {
        assertThat(catalog.useCase("Chatbot (ShareGPT)")).map(UseCase::apiName).contains("chatbot");
        assertThat(catalog.serverVersions("vllm").getFirst().version()).isEqualTo("v0.12.0");
        assertThat(catalog.price("a3-ultragpu-8g", PricingModel.SPOT)).isEmpty();
        assertThat(curves.curves()).hasSizeGreaterThan(100);
        assertThat(curves.exclusions()).isNotEmpty();
    }
}
