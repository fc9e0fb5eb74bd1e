package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.iqconsole.catalog.ServingStack;
import dev.iqconsole.manifest.ServingStackPlan;
import dev.iqconsole.manifest.TargetPlatform;
import java.util.ArrayList;
import java.util.List;

/**
 * The deploy page's serving-stack choice: none (the Deployment and Service GIQ generates by default) or an llm-d
 * version, whose replicas then sit behind an InferencePool, the endpoint picker and a Gateway of the chosen class.
 */
class ServingStackField extends Div {

    /** The empty choice: no serving stack, as GIQ's {@code servingStack} left unset. */
    static final String NONE = "";

    final Select<String> stack = new Select<>();
    final TextField gatewayClass = new TextField("Gateway class");
    private final List<ServingStack> stacks;
    private final Paragraph hint = new Paragraph();

    ServingStackField(List<ServingStack> stacks) {
        this.stacks = stacks;
        List<String> items = new ArrayList<>();
        items.add(NONE);
        stacks.forEach(s -> items.add(s.id()));
        stack.setLabel("Serving stack");
        stack.setItems(items);
        stack.setItemLabelGenerator(id -> id.equals(NONE) ? "None (Deployment and Service)" : label(id));
        stack.setValue(NONE);
        stack.setId("serving-stack");
        gatewayClass.setId("gateway-class");
        gatewayClass.setValueChangeMode(ValueChangeMode.ON_BLUR);
        hint.addClassName("iqc-muted");
        hint.setId("serving-stack-hint");
        var body = new Div(stack, gatewayClass, hint);
        body.addClassName("iqc-deploy-fields");
        add(new H3("Serving stack"), body);
        addClassName("iqc-deploy-group");
        stack.addValueChangeListener(e -> show(null));
        show(null);
    }

    private String label(String id) {
        return stacks.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .map(s -> s.name() + " " + s.version() + " (" + s.released() + ")")
                .orElse(id);
    }

    /** Shows the Gateway class only with a stack, with the platform's default as placeholder. */
    void show(TargetPlatform platform) {
        boolean chosen = !NONE.equals(stack.getValue());
        gatewayClass.setVisible(chosen);
        gatewayClass.setPlaceholder(
                platform == TargetPlatform.KUBERNETES
                        ? "your controller's class, e.g. istio"
                        : ServingStackPlan.GKE_EXTERNAL + " (or " + ServingStackPlan.GKE_INTERNAL + ")");
        hint.setText(
                chosen
                        ? "vLLM replicas behind the Inference Extension's endpoint picker (prefix-cache and load-aware"
                                + " routing) and a Gateway. The cluster needs the Gateway API and Inference Extension CRDs"
                                + " and a Gateway controller: Check finds what is missing. Figures are the vLLM profile's"
                                + " (no change claimed)."
                        : "");
        hint.setVisible(chosen);
    }

    /** {@code null} for no serving stack. */
    ServingStackPlan plan() {
        return stacks.stream()
                .filter(s -> s.id().equals(stack.getValue()))
                .findFirst()
                .map(s -> new ServingStackPlan(s, gatewayClass.getValue()))
                .orElse(null);
    }
}
