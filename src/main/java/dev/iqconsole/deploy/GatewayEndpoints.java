package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A serving stack's way in: the workload's Gateway (found by the console's label) and the address in its status. The
 * vLLM Service behind it is not where clients should go: only the Gateway routes through the endpoint picker.
 */
final class GatewayEndpoints {

    private GatewayEndpoints() {}

    /** Empty when the workload has no Gateway, or the cluster does not serve the Gateway API. */
    static Optional<Endpoint.GatewayAddress> of(
            String context, KubernetesClient client, String namespace, String workload) {
        try {
            return client
                    .genericKubernetesResources(AppliedKind.GATEWAY.context())
                    .inNamespace(namespace)
                    .withLabel(ManagedLabels.DEPLOYMENT, workload)
                    .list()
                    .getItems()
                    .stream()
                    .findFirst()
                    .map(g -> address(context, namespace, g));
        } catch (KubernetesClientException e) {
            return Optional.empty(); // no Gateway API here: the workload cannot have a Gateway
        }
    }

    static Endpoint.GatewayAddress address(String context, String namespace, GenericKubernetesResource gateway) {
        String name = gateway.getMetadata().getName();
        return new Endpoint.GatewayAddress(
                name,
                first(gateway.getAdditionalProperties().get("status"), "addresses", "value"),
                port(first(gateway.getAdditionalProperties().get("spec"), "listeners", "port")),
                "kubectl --context " + context + " -n " + namespace + " get gateway " + name);
    }

    /** {@code status.addresses[0].value} and the like; {@code null} where any step is missing. */
    private static String first(Object parent, String list, String field) {
        if (parent instanceof Map<?, ?> map
                && map.get(list) instanceof List<?> items
                && !items.isEmpty()
                && items.getFirst() instanceof Map<?, ?> item
                && item.get(field) != null) {
            return String.valueOf(item.get(field));
        }
        return null;
    }

    private static int port(String value) {
        try {
            return value == null ? 80 : (int) Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
