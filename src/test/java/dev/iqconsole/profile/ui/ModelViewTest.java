package dev.iqconsole.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import dev.iqconsole.base.ui.EChart;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:modelview;DB_CLOSE_DELAY=-1")
class ModelViewTest extends SpringBrowserlessTest {

    @Test
    void the_model_page_shows_its_facts() {
        open("openai", "gpt-oss-20b");

        String facts = find(Div.class).id("model-facts").getElement().getTextRecursively();
        assertThat(facts)
                .contains("Parameters20.9B")
                .contains("Active parameters3.6Bmixture of experts")
                .contains("Context window128K tokens")
                .contains("LicenseApache-2.0")
                .contains("AccessOpen weights")
                .contains("KV cache per token48 KiB")
                .contains("Quality (Elo)not published")
                .contains("FactsNot verified yet");
    }

    @Test
    void an_optimized_model_shows_its_tag_profiles_and_chart() {
        open("openai", "gpt-oss-20b");

        assertThat(find(Span.class, find(Div.class).id("model-tags"))
                        .withText("Optimized")
                        .exists())
                .isTrue();
        @SuppressWarnings("unchecked")
        Grid<dev.iqconsole.profile.Curve> profiles = find(Grid.class).id("model-profiles");
        var grid = test(profiles);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo("a3-highgpu-1g");
        assertThat(grid.getCellText(0, 1)).isEqualTo("nvidia-h100-80gb × 1");
        assertThat(grid.getCellText(0, 4)).isEqualTo("13,335");
        assertThat(grid.getCellText(0, 5)).isEqualTo("67 ms");
        assertThat(grid.getCellText(0, 6)).isEqualTo("297 ms");
        assertThat(find(RouterLink.class).id("explore-profiles").getHref()).startsWith("profiles?model=openai");
        assertThat(find(EChart.class).id("model-chart").getElement().getProperty("option"))
                .contains("\"name\":\"a3-highgpu-1g · vllm\"");
    }

    @Test
    void exclusions_are_listed_with_their_reason() {
        open("meta-llama", "Llama-3.3-70B-Instruct");

        assertThat(find(Div.class).id("exclusions").getElement().getTextRecursively())
                .contains("a3-highgpu-1g with vllm: the bf16 weights (131.5 GiB) do not fit in one H100's 80 GB");
        assertThat(find(Div.class).id("profiles-panel").getElement().getTextRecursively())
                .contains("No profiles for this model yet");
        assertThat(find(Span.class, find(Div.class).id("model-tags"))
                        .withText("Optimized")
                        .exists())
                .isFalse();
    }

    @Test
    void the_deploy_button_is_offered() {
        open("openai", "gpt-oss-20b");

        assertThat(find(Button.class).id("deploy").isEnabled()).isTrue();
    }

    @Test
    void an_unknown_model_says_so() {
        open("nobody", "nothing");

        assertThat(find(Div.class).id("unknown-model").getElement().getTextRecursively())
                .isEqualTo("There is no model 'nobody/nothing' in the catalog.");
    }

    private void open(String owner, String name) {
        navigate(ModelView.class, Map.of("owner", owner, "name", name));
    }
}
