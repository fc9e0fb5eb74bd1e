package dev.iqconsole.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.iqconsole.deploy.MockCluster;
import dev.iqconsole.fixtures.ConsoleCluster;
import dev.iqconsole.fixtures.ConsoleContext;
import dev.iqconsole.manifest.TargetPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The deploy page's serving-stack choice, without a browser, against the real catalog and generator. */
@ConsoleContext
class ServingStackFieldTest extends SpringBrowserlessTest {

    static final MockCluster CLUSTER = ConsoleCluster.start();

    @AfterAll
    static void stop() throws Exception {
        CLUSTER.close();
    }

    @Test
    void choosing_llm_d_adds_the_inference_gateway_objects_to_the_yaml() {
        openVllm();
        assertThat(select("serving-stack").getValue()).as("GIQ's default: none").isEmpty();

        test(select("serving-stack")).selectItem("llm-d 0.7.0 (2026-05-12)");

        assertThat(field("gateway-class").isVisible()).isTrue();
        assertThat(find(Paragraph.class).id("serving-stack-hint").getText()).contains("no change claimed");
        test(button("view-yaml")).click();
        assertThat(find(Pre.class).id("yaml-text").getText())
                .contains("kind: InferencePool")
                .contains("gatewayClassName: gke-l7-regional-external-managed")
                .contains("kind: HTTPRoute")
                .contains("# Serving stack llm-d 0.7.0");
        assertThat(button("deploy").isEnabled()).isTrue();
    }

    @Test
    void off_gke_the_gateway_class_is_asked_for_before_deploy() {
        openVllm();
        test(select("serving-stack")).selectItem("llm-d 0.7.0 (2026-05-12)");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<TargetPlatform> platform = find(RadioButtonGroup.class).id("platform");
        test(platform).selectItem("Generic Kubernetes");

        assertThat(button("deploy").isEnabled()).isFalse();
        assertThat(find(Div.class).id("plan-problems").getElement().getTextRecursively())
                .contains("gatewayClassName");

        test(field("gateway-class")).setValue("istio");

        assertThat(button("deploy").isEnabled()).isTrue();
        test(button("view-yaml")).click();
        assertThat(find(Pre.class).id("yaml-text").getText())
                .contains("gatewayClassName: istio")
                .doesNotContain("HealthCheckPolicy");
    }

    private void openVllm() {
        navigate("deploy/openai/gpt-oss-20b", DeployView.class);
        test(select("model-server")).selectItem("vllm");
        select("machine-type").setValue("a3-highgpu-1g");
    }

    @SuppressWarnings("unchecked")
    private Select<String> select(String id) {
        return find(Select.class).id(id);
    }

    private TextField field(String id) {
        return find(TextField.class).id(id);
    }

    private Button button(String id) {
        return find(Button.class).id(id);
    }
}
