package dev.iqconsole.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
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
@ViewPackages(packages = "dev.iqconsole")
class ServingStackFieldTest extends SpringBrowserlessTest {

    static final MockCluster CLUSTER = ConsoleCluster.start();

    @AfterAll
    static void stop() throws Exception {
        CLUSTER.close();
    }

    /** The newest llm-d version, listed first after the server alone. */
    static final String LLM_D = "llm-d 0.9.0 + inference gateway";

    @Test
    void choosing_llm_d_adds_the_inference_gateway_objects_to_the_yaml() {
        openVllm();
        assertThat(select("serving-stack").getValue()).as("GIQ's default: none").isEmpty();

        test(select("serving-stack")).selectItem(LLM_D);

        assertThat(field("gateway-class").isVisible()).isTrue();
        assertThat(field("gateway-class").getPlaceholder())
                .as("short enough for a phone")
                .isEqualTo("gke-l7-regional-external-managed");
        assertThat(field("gateway-class").getHelperText()).contains("gke-l7-rilb for an internal address");
        assertThat(select("serving-stack").getHelperText())
                .as("the detail the short label leaves out")
                .isEqualTo("Released 2026-08-13: vllm replicas behind an inference gateway.");
        assertThat(find(Paragraph.class).id("serving-stack-hint").getText()).contains("no change claimed");
        test(button("view-yaml")).click();
        assertThat(find(Pre.class).id("yaml-text").getText())
                .contains("kind: InferencePool")
                .contains("gatewayClassName: gke-l7-regional-external-managed")
                .contains("kind: HTTPRoute")
                .contains("# Serving stack llm-d 0.9.0");
        assertThat(button("deploy").isEnabled()).isTrue();
    }

    @Test
    void off_gke_the_gateway_class_is_asked_for_before_deploy() {
        openVllm();
        test(select("serving-stack")).selectItem(LLM_D);
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

    @Test
    void only_a_server_that_llm_d_routes_to_is_offered_llm_d() {
        openVllm();
        assertThat(stackLabels())
                .containsExactly(
                        "vllm alone",
                        LLM_D,
                        "llm-d 0.8.0 + inference gateway",
                        "llm-d 0.7.0 + inference gateway",
                        "llm-d 0.3.0 + inference gateway");
        test(select("serving-stack")).selectItem(LLM_D);

        test(select("model-server")).selectItem("sglang");

        assertThat(select("serving-stack").getValue())
                .as("sglang: back to the server alone")
                .isEmpty();
        assertThat(stackLabels()).containsExactly("sglang alone");
        assertThat(select("serving-stack").isEnabled()).isFalse();
        assertThat(select("serving-stack").getHelperText()).contains("No serving stack routes to sglang");
        test(button("view-yaml")).click();
        assertThat(find(Pre.class).id("yaml-text").getText()).doesNotContain("InferencePool");
    }

    @Test
    void the_address_carries_the_stack_and_its_gateway_class_and_a_link_restores_them() {
        openVllm();
        test(select("serving-stack")).selectItem(LLM_D);
        test(field("gateway-class")).setValue("gke-l7-rilb");

        String written = DeployQuery.of(
                        find(DeployForm.class).id("deploy-form"),
                        find(ServingStackField.class).first())
                .getQueryString();
        assertThat(written).contains("server=vllm", "stack=llm-d%2F0.9.0", "gatewayClass=gke-l7-rilb");

        openWith("server=vllm&machine=a3-highgpu-1g&stack=llm-d/0.3.0&gatewayClass=istio");
        assertThat(select("serving-stack").getValue()).isEqualTo("llm-d/0.3.0");
        assertThat(field("gateway-class").getValue()).isEqualTo("istio");
        test(button("view-yaml")).click();
        assertThat(find(Pre.class).id("yaml-text").getText())
                .contains("gatewayClassName: istio")
                .contains("epp:v1.0.0");

        openWith("server=sglang&stack=llm-d/0.7.0&gatewayClass=Not_A_Name");
        assertThat(select("serving-stack").getValue())
                .as("llm-d does not route to sglang")
                .isEmpty();
        openWith("server=vllm&stack=llm-d/9.9");
        assertThat(select("serving-stack").getValue())
                .as("an unknown version: none")
                .isEmpty();
        openWith("server=vllm&stack=llm-d/0.7.0&gatewayClass=Not_A_Name");
        assertThat(select("serving-stack").getValue()).isEqualTo("llm-d/0.7.0");
        assertThat(field("gateway-class").getValue())
                .as("not a GatewayClass name: ignored")
                .isNotEqualTo("Not_A_Name");
    }

    private java.util.List<String> stackLabels() {
        Select<String> stack = select("serving-stack");
        return stack.getListDataView()
                .getItems()
                .map(stack.getItemLabelGenerator())
                .toList();
    }

    private void openWith(String query) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("deploy/openai/gpt-oss-20b", com.vaadin.flow.router.QueryParameters.fromString(query));
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
