package dev.iqconsole.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.profile.CurveCatalog;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Start-up with a folder that has no catalog files: the copy packaged in the jar is loaded. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:importertest;DB_CLOSE_DELAY=-1",
            "iqconsole.catalog.dir=target/no-catalog-here"
        })
class CatalogLoaderTest {

    @Autowired
    CatalogLoader importer;

    @Autowired
    Catalog catalog;

    @Autowired
    CurveCatalog curves;

    @Autowired
    JdbcClient jdbc;

    @Test
    void without_local_files_the_packaged_catalog_is_loaded_and_loading_again_gives_the_same_data() {
        var first = importer.importFiles();

        assertThat(catalog.models()).hasSize(22).isEqualTo(first.models());
        assertThat(catalog.publishedPoints()).hasSize(38).isEqualTo(first.publishedPoints());
        assertThat(importer.importFiles()).isEqualTo(first);
        assertThat(first.listedPrices())
                .filteredOn(p -> p.machineType().equals("a3-highgpu-1g")
                        && p.pricingModel() == PricingModel.SPOT
                        && p.region().equals("us-central1")
                        && p.priceDate().equals(LocalDate.parse("2025-08-30")))
                .singleElement()
                .extracting(Price::usdPerHour)
                .satisfies(usd -> assertThat(usd).isEqualByComparingTo("2.5494"));
    }

    @Test
    void the_catalog_stays_out_of_the_database() {
        assertThat(jdbc.sql("SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC'")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(
                        "deploy_history",
                        "deploy_history_object",
                        "deployer_access",
                        "deployer_context",
                        "flyway_schema_history");
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
