package dev.iqconsole.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.fixtures.ConsoleContext;
import dev.iqconsole.profile.ProfileService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConsoleContext
@ViewPackages(packages = "dev.iqconsole")
class CatalogViewTest extends SpringBrowserlessTest {

    @Autowired
    Catalog catalog;

    @Autowired
    ProfileService profiles;

    @BeforeEach
    void open() {
        navigate(CatalogView.class);
    }

    @Test
    void every_catalog_model_is_listed_with_a_count() {
        assertThat(shownModels())
                .containsExactlyInAnyOrderElementsOf(
                        catalog.models().stream().map(Model::id).toList());
        assertThat(find(Div.class).id("result-count").getText())
                .isEqualTo("%d models · %d optimized"
                        .formatted(
                                catalog.models().size(),
                                find(Span.class).withText("Optimized").all().size()));
        assertThat(find(Div.class).withId("no-models").exists()).isFalse();
    }

    @Test
    void searching_the_hugging_face_id_finds_the_model() {
        test(find(TextField.class).id("model-search")).setValue("openai/gpt-oss-20b");

        assertThat(shownModels()).containsExactly("openai/gpt-oss-20b");
    }

    @Test
    void models_backed_by_a_published_benchmark_are_optimized_and_the_others_say_their_profiles_are_modeled() {
        var withProfiles = profiles.modelsWithProfiles();
        for (var model : catalog.models()) {
            var tags = tags(model.id());
            assertThat(tags.contains("Optimized") || tags.contains("Modeled profiles"))
                    .as("a profile tag on %s", model.id())
                    .isEqualTo(withProfiles.contains(model.id()));
            assertThat(tags.contains("Optimized") && tags.contains("Modeled profiles"))
                    .as("one profile tag on %s", model.id())
                    .isFalse();
        }
        // gemma-2-27b-it's curves are the digitized published ones; gpt-oss-20b has GIQ's published point as a row
        assertThat(tags("google/gemma-2-27b-it")).contains("Optimized", "Gated");
        assertThat(tags("openai/gpt-oss-20b")).contains("Optimized", "Open weights");
        assertThat(tags("meta-llama/Llama-3.3-70B-Instruct"))
                .contains("Modeled profiles")
                .doesNotContain("Optimized");
    }

    @Test
    void filters_narrow_the_list() {
        test(find(MultiSelectComboBox.class).id("provider-filter")).selectItem("OpenAI");
        assertThat(shownModels()).containsExactly("openai/gpt-oss-120b", "openai/gpt-oss-20b");

        find(MultiSelectComboBox.class).id("provider-filter").clear();
        test(find(Select.class).id("access-filter")).selectItem("Gated");
        assertThat(shownModels())
                .isNotEmpty()
                .allSatisfy(id -> assertThat(catalog.model(id).orElseThrow().gated())
                        .as(id)
                        .isTrue())
                .contains("google/gemma-2-27b-it")
                .doesNotContain("openai/gpt-oss-20b");

        test(find(Checkbox.class).id("optimized-only")).click();
        assertThat(shownModels()).containsExactly("google/gemma-2-27b-it");
    }

    @Test
    void the_size_filter_keeps_models_by_total_parameters() {
        test(find(MultiSelectComboBox.class).id("size-filter")).selectItem("Over 150B");

        assertThat(shownModels())
                .containsExactlyInAnyOrderElementsOf(catalog.models().stream()
                        .filter(m -> m.totalParamsB() >= 150)
                        .map(Model::id)
                        .toList())
                .contains("deepseek-ai/DeepSeek-R1")
                .doesNotContain("openai/gpt-oss-120b");
    }

    @Test
    void no_match_shows_an_empty_state_that_clears_the_filters() {
        test(find(TextField.class).id("model-search")).setValue("no-such-model");

        assertThat(shownModels()).isEmpty();
        assertThat(find(Div.class).withId("no-models").exists()).isTrue();
        assertThat(find(Div.class).id("result-count").getText()).isEqualTo("0 models · 0 optimized");

        test(find(Button.class).id("clear-filters")).click();
        assertThat(shownModels()).hasSize(catalog.models().size());
        assertThat(find(Div.class).withId("no-models").exists()).isFalse();
    }

    private List<String> shownModels() {
        return find(ModelCard.class).all().stream()
                .map(card -> card.getElement().getAttribute("data-model"))
                .toList();
    }

    private List<String> tags(String modelId) {
        var card = find(ModelCard.class).withAttribute("data-model", modelId).single();
        return find(Span.class, card).withClassName("iqc-tag").all().stream()
                .map(Span::getText)
                .toList();
    }
}
