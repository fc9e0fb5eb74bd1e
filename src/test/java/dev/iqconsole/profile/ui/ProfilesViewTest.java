package dev.iqconsole.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import dev.iqconsole.base.ui.EChart;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:profilesview;DB_CLOSE_DELAY=-1")
class ProfilesViewTest extends SpringBrowserlessTest {

    @Test
    void the_first_model_with_profiles_is_shown_with_its_points() {
        navigate(ProfilesView.class);

        assertThat(find(Select.class).id("profile-model").getValue())
                .isEqualTo("deepseek-ai/DeepSeek-R1-Distill-Qwen-7B");
        assertThat(test(find(PointsTable.class).id("points-table")).size()).isEqualTo(7);
    }

    @Test
    void one_series_per_machine_type_with_the_inflection_marked() {
        UI.getCurrent().navigate("profiles", QueryParameters.of("model", "google/gemma-2-27b-it"));

        assertThat(find(Select.class).id("profile-server").getValue()).isEqualTo("vllm");
        String option = find(EChart.class).id("profiles-chart").getElement().getProperty("option");
        assertThat(option)
                .contains("\"name\":\"a2-highgpu-2g (nvidia-tesla-a100 × 2)\"")
                .contains("\"name\":\"a3-highgpu-1g (nvidia-h100-80gb × 1)\"")
                .contains("\"name\":\"g2-standard-48 (nvidia-l4 × 4)\"")
                .contains("\"coord\":[67.1,2050.0]")
                .contains("\"type\":\"log\"");
        assertThat(test(find(PointsTable.class).id("points-table")).size()).isEqualTo(7 + 7 + 6);
    }

    @Test
    void choosing_another_model_redraws_chart_and_table() {
        navigate(ProfilesView.class);

        test(find(Select.class).id("profile-model")).selectItem("gpt-oss-20b · openai/gpt-oss-20b");

        var table = test(find(PointsTable.class).id("points-table"));
        assertThat(table.size()).isEqualTo(9);
        assertThat(table.getCellText(5, 3)).isEqualTo("13,335");
        assertThat(find(EChart.class).id("profiles-chart").getElement().getProperty("option"))
                .contains("\"coord\":[67.0,13335.0]");
    }
}
