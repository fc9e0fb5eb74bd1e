package dev.iqconsole.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.fixtures.FixtureCatalog;
import dev.iqconsole.fixtures.FixtureCurves;
import dev.iqconsole.profile.ProfileService;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelListingTest {

    private final FixtureCatalog catalog = new FixtureCatalog();
    private final List<ModelListing> listings = listings(catalog);

    @Test
    void a_model_with_a_published_curve_is_optimized_and_counts_its_curves() {
        var gemma = listing("google/gemma-2-27b-it");
        assertThat(gemma.optimized()).isTrue();
        assertThat(gemma.modeledOnly()).isFalse();
        assertThat(gemma.profileCount()).isEqualTo(3);
    }

    @Test
    void a_model_with_modeled_curves_only_is_not_optimized() {
        var gptOss = listing("openai/gpt-oss-20b");
        assertThat(gptOss.profileCount()).isPositive();
        assertThat(gptOss.optimized()).isFalse();
        assertThat(gptOss.modeledOnly()).isTrue();
    }

    @Test
    void published_data_means_at_least_one_curve_is_not_modeled() {
        assertThat(listing("google/gemma-2-27b-it").publishedData()).isTrue();
        assertThat(listing("openai/gpt-oss-20b").publishedData()).isFalse();
    }

    @Test
    void a_model_without_curves_is_not_optimized() {
        var llama = listing("meta-llama/Llama-3.1-8B-Instruct");
        assertThat(llama.optimized()).isFalse();
        assertThat(llama.modeledOnly()).isFalse();
        assertThat(llama.publishedData()).isFalse();
    }

    @Test
    void listings_keep_the_catalog_order() {
        assertThat(listings.stream().map(l -> l.model().id()).toList())
                .isEqualTo(catalog.models().stream().map(m -> m.id()).toList());
    }

    private ModelListing listing(String id) {
        return listings.stream()
                .filter(l -> l.model().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** Labeled as the pages label them: by the engine, at each curve's inflection point. */
    private static List<ModelListing> listings(FixtureCatalog catalog) {
        var curves = new FixtureCurves();
        var engine = new ProfileService(catalog, curves);
        return ModelListing.of(catalog.models(), curves.curves(), c -> engine.label(c, c.inflection()));
    }
}
