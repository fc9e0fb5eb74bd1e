package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Every kind a deploy may apply, in dependency order: what an object refers to comes before it. Apply sorts by this
 * list and refuses a kind that is not on it; delete walks it backwards. So delete always looks for every kind a
 * deploy could have applied, and for nothing else.
 */
enum AppliedKind {
    NAMESPACE("", "v1", "Namespace", "namespaces"),
    SECRET("", "v1", "Secret", "secrets"),
    SERVICE_ACCOUNT("", "v1", "ServiceAccount", "serviceaccounts"),
    ROLE("rbac.authorization.k8s.io", "v1", "Role", "roles"),
    ROLE_BINDING("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings"),
    CONFIG_MAP("", "v1", "ConfigMap", "configmaps"),
    DEPLOYMENT("apps", "v1", "Deployment", "deployments"),
    SERVICE("", "v1", "Service", "services"),
    // a serving stack's objects (llm-d): the pool names the endpoint picker's Service, the route the Gateway and pool
    INFERENCE_POOL("inference.networking.k8s.io", "v1", "InferencePool", "inferencepools"),
    GATEWAY("gateway.networking.k8s.io", "v1", "Gateway", "gateways"),
    HTTP_ROUTE("gateway.networking.k8s.io", "v1", "HTTPRoute", "httproutes"),
    HEALTH_CHECK_POLICY("networking.gke.io", "v1", "HealthCheckPolicy", "healthcheckpolicies"),
    GCP_BACKEND_POLICY("networking.gke.io", "v1", "GCPBackendPolicy", "gcpbackendpolicies"),
    POD_MONITORING("monitoring.googleapis.com", "v1", "PodMonitoring", "podmonitorings"),
    SERVICE_MONITOR("monitoring.coreos.com", "v1", "ServiceMonitor", "servicemonitors"),
    HORIZONTAL_POD_AUTOSCALER("autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers");

    private final String group;
    private final String version;
    private final String kind;
    private final String plural;

    AppliedKind(String group, String version, String kind, String plural) {
        this.group = group;
        this.version = version;
        this.kind = kind;
        this.plural = plural;
    }

    /** @throws IllegalArgumentException for a kind the console would not find again to delete */
    static AppliedKind of(HasMetadata object) {
        return Arrays.stream(values())
                .filter(k -> k.kind.equals(object.getKind()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The console does not apply a " + object.getKind()
                        + " (" + object.getMetadata().getName() + "): it applies only what it can find and delete"
                        + " again, which is " + kinds() + "."));
    }

    /** The kinds a workload's objects can have, in the order a delete removes them (the reverse of apply). */
    static List<AppliedKind> deleteOrder() {
        return Arrays.stream(values())
                .filter(k -> k != NAMESPACE) // cluster-wide and shared: never part of one workload
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    String kind() {
        return kind;
    }

    String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** Where the API server lists and deletes this kind; fabric8 needs no discovery with it. */
    ResourceDefinitionContext context() {
        return new ResourceDefinitionContext.Builder()
                .withGroup(group)
                .withVersion(version)
                .withKind(kind)
                .withPlural(plural)
                .withNamespaced(this != NAMESPACE)
                .build();
    }

    private static String kinds() {
        return String.join(", ", Arrays.stream(values()).map(k -> k.kind).toList());
    }
}
