package dev.iqconsole.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:catalogview;DB_CLOSE_DELAY=-1")
class CatalogViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void open() {
        navigate(CatalogView.class);
    }

    @Test
    void every_catalog_model_is_listed_with_a_count() {
        assertThat(shownModels()).hasSize(5);
        assertThat(find(Div.class).id("result-count").getText()).isEqualTo("5 models · 3 optimized");
        assertThat(find(Div.class).withId("no-models").exists()).isFalse();
    }

    @Test
    void searching_the_hugging_face_id_finds_the_model() {
        test(find(TextField.class).id("model-search")).setValue("openai/gpt-oss-20b");

        assertThat(shownModels()).containsExactly("openai/gpt-oss-20b");
    }

    @Test
    void models_with_curves_carry_the_optimized_tag_and_only_they() {
        assertThat(tags("openai/gpt-oss-20b")).contains("Optimized").doesNotContain("published data");
        assertThat(tags("google/gemma-2-27b-it")).contains("Optimized", "published data");
        assertThat(tags("meta-llama/Llama-3.1-8B-Instruct")).doesNotContain("Optimized");
    }

    @Test
    void filters_narrow_the_list() {
        test(find(MultiSelectComboBox.class).id("provider-filter")).selectItem("Meta");
        assertThat(shownModels())
                .containsExactly("meta-llama/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.3-70B-Instruct");

        find(MultiSelectComboBox.class).id("provider-filter").clear();
        test(find(Checkbox.class).id("optimized-only")).click();
        test(find(Select.class).id("access-filter")).selectItem("Gated");
        assertThat(shownModels()).containsExactly("google/gemma-2-27b-it");
    }

    @Test
    void no_match_shows_an_empty_state_that_clears_the_filters() {
        test(find(TextField.class).id("model-search")).setValue("no-such-model");

        assertThat(shownModels()).isEmpty();
        assertThat(find(Div.class).withId("no-models").exists()).isTrue();
        assertThat(find(Div.class).id("result-count").getText()).isEqualTo("0 models · 0 optimized");

        test(find(Button.class).id("clear-filters")).click();
        assertThat(shownModels()).hasSize(5);
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
