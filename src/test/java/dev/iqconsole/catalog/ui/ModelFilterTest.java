package dev.iqconsole.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.fixtures.FixtureCatalog;
import dev.iqconsole.fixtures.FixtureCurves;
import dev.iqconsole.profile.ProfileService;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelFilterTest {

    private final List<ModelListing> listings = listings(new FixtureCatalog());

    @Test
    void no_filter_shows_every_model() {
        assertThat(ids(ModelFilter.NONE)).hasSize(6);
    }

    @Test
    void every_search_word_must_match_id_name_provider_or_license() {
        assertThat(ids(text("openai/gpt-oss-20b"))).containsExactly("openai/gpt-oss-20b");
        assertThat(ids(text("GPT 20B"))).containsExactly("openai/gpt-oss-20b");
        assertThat(ids(text("meta 70b"))).containsExactly("meta-llama/Llama-3.3-70B-Instruct");
        assertThat(ids(text("apache"))).containsExactly("openai/gpt-oss-20b");
        assertThat(ids(text("gpt llama"))).isEmpty();
    }

    @Test
    void the_words_a_card_shows_find_the_model_too() {
        assertThat(ids(text("moe"))).containsExactly("openai/gpt-oss-20b");
        assertThat(ids(text("mixture of experts"))).containsExactly("openai/gpt-oss-20b");
        assertThat(ids(text("gated llama"))).hasSize(3);
    }

    @Test
    void provider_and_size_filters_combine() {
        var filter = new ModelFilter("", Set.of("Meta"), Set.of(SizeBucket.SMALL), Access.ANY, false);
        assertThat(ids(filter)).containsExactly("meta-llama/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.2-1B-Instruct");
    }

    @Test
    void access_filter_separates_gated_from_open_weights() {
        assertThat(ids(new ModelFilter("", Set.of(), Set.of(), Access.OPEN, false)))
                .containsExactly("deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", "openai/gpt-oss-20b");
        assertThat(ids(new ModelFilter("", Set.of(), Set.of(), Access.GATED, false)))
                .containsExactly(
                        "google/gemma-2-27b-it",
                        "meta-llama/Llama-3.1-8B-Instruct",
                        "meta-llama/Llama-3.2-1B-Instruct",
                        "meta-llama/Llama-3.3-70B-Instruct");
    }

    @Test
    void optimized_only_keeps_models_backed_by_a_published_benchmark() {
        // in the fixture only gemma-2-27b-it has a published curve; gpt-oss-20b's are modeled
        assertThat(ids(new ModelFilter("", Set.of(), Set.of(), Access.ANY, true)))
                .containsExactly("google/gemma-2-27b-it");
    }

    @Test
    void size_buckets_follow_total_parameters() {
        var catalog = new FixtureCatalog();
        assertThat(SizeBucket.of(catalog.model("openai/gpt-oss-20b").orElseThrow()))
                .isEqualTo(SizeBucket.MEDIUM);
        assertThat(SizeBucket.of(
                        catalog.model("meta-llama/Llama-3.3-70B-Instruct").orElseThrow()))
                .isEqualTo(SizeBucket.LARGE);
    }

    private static ModelFilter text(String text) {
        return new ModelFilter(text, Set.of(), Set.of(), Access.ANY, false);
    }

    private List<String> ids(ModelFilter filter) {
        return listings.stream().filter(filter).map(l -> l.model().id()).toList();
    }

    /** Labeled as the pages label them: by the engine, at each curve's inflection point. */
    private static List<ModelListing> listings(FixtureCatalog catalog) {
        var curves = new FixtureCurves();
        var engine = new ProfileService(catalog, curves);
        return ModelListing.of(catalog.models(), curves.curves(), c -> engine.label(c, c.inflection()));
    }
}
