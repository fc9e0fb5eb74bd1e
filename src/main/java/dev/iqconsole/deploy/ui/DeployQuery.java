package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import dev.iqconsole.profile.ProfileOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The deploy page's choices as the address carries them ({@code ?cluster=prod&namespace=llm&useCase=chatbot&ntpot=50
 * &pricing=spot&optimize=throughput&unpriced=include&server=vllm&version=v0.12.0&machine=a2-highgpu-1g
 * &stack=llm-d/0.7.0&gatewayClass=istio}), so that a reload or a shared link
 * shows the same page. A value the page cannot use (an unknown machine, "abc" as a target) is ignored and the
 * default stays: an old or hand-edited link still opens the page. The Hugging Face token never goes in.
 */
final class DeployQuery {

    /** A Kubernetes object name as a DNS-1123 label: what namespace and name accept. */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    /** A DNS-1123 subdomain: what a GatewayClass name accepts. */
    private static final Pattern SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    private static final Map<ProfileOrder, String> OPTIMIZE = Map.of(
            ProfileOrder.RECOMMENDED, "cost", ProfileOrder.THROUGHPUT, "throughput", ProfileOrder.LATENCY, "latency");

    private final Map<String, List<String>> params;

    DeployQuery(QueryParameters query) {
        this.params = query.getParameters();
    }

    /** The form's and the serving stack's choices; none chosen, no stack parameters. */
    static QueryParameters of(DeployForm form, ServingStackField servingStack) {
        Map<String, List<String>> out = new LinkedHashMap<>(of(form).getParameters());
        String stack = servingStack.stack.getValue();
        if (stack != null && !ServingStackField.NONE.equals(stack)) {
            out.put("stack", List.of(stack));
            put(out, "gatewayClass", servingStack.gatewayClass.getValue().strip());
        }
        return new QueryParameters(out);
    }

    /** The form's current choices, in the order a person reads them; empty fields are left out. */
    static QueryParameters of(DeployForm form) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        put(out, "cluster", form.cluster.getValue());
        put(out, "namespace", form.namespace.getValue().strip());
        put(out, "name", form.name.getValue().strip());
        put(out, "useCase", form.useCase.getValue());
        if (form.workload.custom()) {
            put(out, "input", text(form.workload.averageInputLength()));
            put(out, "output", text(form.workload.averageOutputLength()));
        }
        put(out, "ntpot", form.ntpotMs() == null ? null : TypedNumber.plain(form.ntpotMs()));
        put(out, "ttft", form.ttftMs() == null ? null : TypedNumber.plain(form.ttftMs()));
        put(out, "pricing", form.pricingModel.getValue());
        put(out, "optimize", form.optimizeFor.getValue() == null ? null : OPTIMIZE.get(form.optimizeFor.getValue()));
        put(out, "unpriced", form.includeUnpriced.getValue() ? "include" : null);
        put(out, "server", form.server.getValue());
        if (form.version.getValue() != null) {
            out.put("version", List.of(form.version.getValue())); // "" is the unversioned benchmark
        }
        put(out, "machine", form.machineType.getValue());
        return new QueryParameters(out);
    }

    /** Where and the workload, targets and pricing: what the recommendation depends on, so set before it. */
    void applySettings(DeployForm form) {
        pick(form.cluster, "cluster");
        first("namespace").filter(v -> LABEL.matcher(v).matches()).ifPresent(form.namespace::setValue);
        first("name").filter(v -> LABEL.matcher(v).matches()).ifPresent(form.name::setValue);
        if (pick(form.useCase, "useCase") && form.workload.custom()) {
            whole("input").ifPresent(form.workload.input::setValue);
            whole("output").ifPresent(form.workload.output::setValue);
        }
        millis("ntpot").ifPresent(form.ntpot::setValue);
        millis("ttft").ifPresent(form.ttft::setValue);
        pick(form.pricingModel, "pricing");
        first("optimize")
                .flatMap(v -> OPTIMIZE.entrySet().stream()
                        .filter(e -> e.getValue().equals(v))
                        .map(Map.Entry::getKey)
                        .findFirst())
                .ifPresent(form.optimizeFor::setValue);
        first("unpriced").filter("include"::equals).ifPresent(v -> form.includeUnpriced.setValue(true));
    }

    /**
     * Server, version and machine type, over the recommendation; each is kept only if the one before it offers it.
     * {@code versions} and {@code machines} refill the next field's items after a change.
     */
    void applyServerAndMachine(DeployForm form, Runnable versions, Runnable machines) {
        if (pick(form.server, "server")) {
            versions.run();
            machines.run();
        }
        if (pick(form.version, "version")) {
            machines.run();
        }
        pick(form.machineType, "machine");
    }

    /**
     * The serving stack ({@code stack=llm-d/0.7.0}) if the chosen server offers it, and its Gateway class (a DNS
     * subdomain, what a GatewayClass name is); without {@code stack}, none: the address is the whole choice.
     */
    void applyStack(ServingStackField servingStack) {
        Optional<String> wanted = first("stack");
        if (wanted.isEmpty() || !servingStack.choose(wanted.get())) {
            servingStack.stack.setValue(ServingStackField.NONE);
            return;
        }
        servingStack.gatewayClass.setValue(first("gatewayClass")
                .filter(v -> v.length() <= 253 && SUBDOMAIN.matcher(v).matches())
                .orElse("")); // none or unusable: the platform's default
    }

    private <T> boolean pick(Select<T> field, String name) {
        Optional<String> wanted = first(name);
        if (wanted.isEmpty()) {
            return false;
        }
        Optional<T> item = field.getListDataView()
                .getItems()
                .filter(i -> String.valueOf(i).equals(wanted.get()))
                .findFirst();
        item.ifPresent(field::setValue);
        return item.isPresent();
    }

    private Optional<String> millis(String name) {
        return first(name)
                .map(v -> TypedNumber.read(v, "ms"))
                .filter(TypedNumber::positive)
                .map(TypedNumber::text);
    }

    private Optional<String> whole(String name) {
        return first(name)
                .map(v -> TypedNumber.read(v, null).wholeUpTo(Integer.MAX_VALUE))
                .map(String::valueOf);
    }

    private Optional<String> first(String name) {
        return params.getOrDefault(name, List.of()).stream().findFirst().map(String::strip);
    }

    private static void put(Map<String, List<String>> out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            out.put(name, List.of(value));
        }
    }

    private static String text(Integer value) {
        return value == null ? null : String.valueOf(value);
    }
}
