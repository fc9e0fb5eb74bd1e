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
    private String server;
    private TargetPlatform platform;

    ServingStackField(List<ServingStack> stacks) {
        this.stacks = stacks;
        stack.setLabel("Serving stack");
        stack.setItemLabelGenerator(this::label);
        stack.setId("serving-stack");
        // a whole row of the form: the label says what each choice deploys, and half a row cut it off
        stack.getStyle().set("grid-column", "1 / -1");
        gatewayClass.setId("gateway-class");
        gatewayClass.setValueChangeMode(ValueChangeMode.ON_BLUR);
        hint.addClassName("iqc-muted");
        hint.setId("serving-stack-hint");
        var body = new Div(stack, gatewayClass, hint);
        body.addClassName("iqc-deploy-fields");
        add(new H3("Serving stack"), body);
        addClassName("iqc-deploy-group");
        offerFor(null);
        stack.addValueChangeListener(e -> {
            if (stack.isEnabled()) {
                stack.setHelperText(detail(e.getValue()));
            }
            show(platform);
        });
        show(null);
    }

    /** Offers only the stacks that route to the chosen server, from now on (llm-d: vLLM replicas). */
    void follow(Select<String> server) {
        server.addValueChangeListener(e -> offerFor(e.getValue()));
        offerFor(server.getValue());
    }

    /**
     * The model server alone, then each stack version that routes to {@code server}, newest first; a choice the new
     * server does not support falls back to none. {@code null}: no server yet, every stack.
     */
    void offerFor(String server) {
        this.server = server;
        String current = stack.getValue();
        List<String> items = new ArrayList<>();
        items.add(NONE);
        stacks.stream()
                .filter(s -> server == null || s.modelServers().contains(server))
                .forEach(s -> items.add(s.id()));
        stack.setItems(items);
        stack.setValue(current != null && items.contains(current) ? current : NONE);
        stack.setEnabled(items.size() > 1);
        stack.setHelperText(
                items.size() > 1
                        ? detail(stack.getValue())
                        : "No serving stack routes to " + server + " replicas: llm-d's inference scheduling runs" + " "
                                + String.join(", ", routedServers()) + ".");
    }

    /** Chooses {@code name/version} if it is offered for the current server; else keeps the choice. */
    boolean choose(String id) {
        boolean offered = stack.getListDataView().getItems().anyMatch(id::equals);
        if (offered) {
            stack.setValue(id);
        }
        return offered;
    }

    private List<String> routedServers() {
        return stacks.stream()
                .flatMap(s -> s.modelServers().stream())
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * {@code vllm alone}: the choice of no serving stack, as this field and the workloads list name it; "Model server
     * alone" before a server is known.
     */
    static String alone(String server) {
        return (server == null || server.isBlank() ? "Model server" : server) + " alone";
    }

    /** Short enough to read whole in a phone-wide field; the release date and what it routes to are the helper text. */
    private String label(String id) {
        if (id.equals(NONE)) {
            return alone(server);
        }
        return stacks.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .map(s -> s.name() + " " + s.version() + " + inference gateway")
                .orElse(id);
    }

    /** What the chosen item deploys, under the field: the detail its short label leaves out. */
    private String detail(String id) {
        if (id == null || id.equals(NONE)) {
            return (server == null ? "The model server" : server) + "'s Deployment and Service.";
        }
        return stacks.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .map(s -> "Released " + s.released() + ": " + String.join(", ", s.modelServers())
                        + " replicas behind an inference gateway.")
                .orElse(null);
    }

    /** Shows the Gateway class only with a stack, with the platform's default as placeholder. */
    void show(TargetPlatform platform) {
        this.platform = platform;
        boolean chosen = !NONE.equals(stack.getValue());
        gatewayClass.setVisible(chosen);
        gatewayClass.setPlaceholder(
                this.platform == TargetPlatform.KUBERNETES
                        ? "your controller's class, e.g. istio"
                        : ServingStackPlan.GKE_EXTERNAL);
        // the placeholder is cut on a phone beside the internal class: the choice of the two is the helper text
        gatewayClass.setHelperText(
                this.platform == TargetPlatform.KUBERNETES
                        ? null
                        : "Empty: " + ServingStackPlan.GKE_EXTERNAL + "; " + ServingStackPlan.GKE_INTERNAL
                                + " for an internal address");
        hint.setText(
                chosen
                        ? "Two vLLM replicas behind the Inference Extension's endpoint picker (prefix-cache and"
                                + " load-aware routing) and a Gateway. The cluster needs the Gateway API and Inference"
                                + " Extension CRDs and a Gateway controller: Check finds what is missing. Figures are"
                                + " the vLLM profile's (no change claimed)."
                        : "The model server alone: its Deployment and a Service, what GIQ generates without a serving"
                                + " stack. Needs nothing in the cluster beyond nodes with the accelerator.");
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
