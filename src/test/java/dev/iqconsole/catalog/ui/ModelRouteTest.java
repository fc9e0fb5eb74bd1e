package dev.iqconsole.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelRouteTest {

    @Test
    void model_route_parameters_split_the_hugging_face_id() {
        var params = ModelView.parameters("openai/gpt-oss-20b");
        assertThat(params.get("owner")).contains("openai");
        assertThat(params.get("name")).contains("gpt-oss-20b");
    }

    @Test
    void a_model_id_without_owner_is_rejected_with_the_expected_shape() {
        assertThatThrownBy(() -> ModelView.parameters("gpt-oss"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model id 'gpt-oss': expected owner/name");
    }
}
