package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Preflight for a serving stack's Gateway: how to install the CRDs a kind needs, whether the Gateway's class exists
 * (a Gateway without a controller for its class never gets an address), and GKE's proxy-only subnet.
 */
final class GatewayChecks {

    static final String GKE_EXTERNAL = "gke-l7-regional-external-managed";
    static final String GKE_INTERNAL = "gke-l7-rilb";

    private static final ResourceDefinitionContext GATEWAY_CLASSES = new ResourceDefinitionContext.Builder()
            .withGroup("gateway.networking.k8s.io")
            .withVersion("v1")
            .withKind("GatewayClass")
            .withPlural("gatewayclasses")
            .withNamespaced(false)
            .build();

    private GatewayChecks() {}

    /** What to install when the cluster does not serve a serving stack's kind. */
    static String install(String kind, String apiVersion) {
        return switch (kind) {
            case "Gateway", "HTTPRoute" ->
                "Install the Gateway API CRDs: on GKE, gcloud container clusters update $CLUSTER_NAME"
                        + " --location=$LOCATION --gateway-api=standard; elsewhere the gateway-api release's"
                        + " standard-install.yaml.";
            case "InferencePool" ->
                "Install the Gateway API Inference Extension CRDs (" + apiVersion + "): kubectl apply -k"
                        + " https://github.com/kubernetes-sigs/gateway-api-inference-extension/config/crd?ref=<the"
                        + " version in the manifest notes>.";
            case "HealthCheckPolicy", "GCPBackendPolicy" ->
                "These come with GKE's Gateway controller: enable the Gateway API on the cluster (--gateway-api"
                        + "=standard), or deploy off GKE (no GKE policies are generated there).";
            default -> "Install the CRD that serves " + kind + " (" + apiVersion + ").";
        };
    }

    static List<Finding> gateways(KubernetesClient client, List<HasMetadata> objects) {
        List<Finding> findings = new ArrayList<>();
        for (HasMetadata object : objects) {
            if ("Gateway".equals(object.getKind()) && object instanceof GenericKubernetesResource gateway) {
                String gatewayClass = className(gateway);
                findings.add(gatewayClass(client, gatewayClass));
                if (GKE_EXTERNAL.equals(gatewayClass) || GKE_INTERNAL.equals(gatewayClass)) {
                    findings.add(Finding.warn(
                            "Proxy-only subnet",
                            "GatewayClass " + gatewayClass + " is a regional GKE load balancer: it needs a proxy-only"
                                    + " subnet in the cluster's region and VPC, which the console cannot see from"
                                    + " Kubernetes.",
                            "If the region has none: gcloud compute networks subnets create proxy-only"
                                    + " --purpose=REGIONAL_MANAGED_PROXY --role=ACTIVE --region=$REGION"
                                    + " --network=$NETWORK --range=$CIDR"));
                }
            }
        }
        return findings;
    }

    private static Finding gatewayClass(KubernetesClient client, String gatewayClass) {
        String check = "GatewayClass " + gatewayClass;
        try {
            var served = client.getApiResources("gateway.networking.k8s.io/v1");
            if (served == null
                    || served.getResources() == null
                    || served.getResources().stream().noneMatch(r -> "gatewayclasses".equals(r.getName()))) {
                return noGatewayClassApi(check);
            }
            var found = client.genericKubernetesResources(GATEWAY_CLASSES)
                    .withName(gatewayClass)
                    .get();
            if (found != null) {
                return Finding.pass(
                        check, "The cluster has GatewayClass " + gatewayClass + ": a controller serves it.");
            }
            var classes = client.genericKubernetesResources(GATEWAY_CLASSES).list().getItems().stream()
                    .map(c -> c.getMetadata().getName())
                    .sorted()
                    .toList();
            return Finding.fail(
                    check,
                    "No GatewayClass " + gatewayClass + " exists"
                            + (classes.isEmpty()
                                    ? ", and the cluster has none: no Gateway controller is installed."
                                    : "; the cluster has " + String.join(", ", classes) + "."),
                    classes.isEmpty()
                            ? "Install a Gateway controller that implements the Inference Extension (on GKE: enable the"
                                    + " Gateway API), then check again."
                            : "Choose one of the cluster's classes for the Gateway, or install its controller.");
        } catch (KubernetesClientException e) {
            if (KubernetesErrors.cause(e) == KubernetesErrors.Cause.NOT_FOUND) {
                return noGatewayClassApi(check);
            }
            return Finding.warn(
                    check,
                    "Whether GatewayClass " + gatewayClass + " exists is unknown: " + KubernetesErrors.words(e) + ".",
                    "Check again; if it persists, ask an admin which GatewayClasses the cluster has.");
        }
    }

    /** Discovery has no GatewayClass: no Gateway API CRDs, so no controller either. */
    private static Finding noGatewayClassApi(String check) {
        return Finding.fail(
                check,
                "The cluster has no GatewayClass API: the Gateway API CRDs and a Gateway controller are missing.",
                install("Gateway", "gateway.networking.k8s.io/v1"));
    }

    @SuppressWarnings("unchecked")
    private static String className(GenericKubernetesResource gateway) {
        var spec = (Map<String, Object>) gateway.getAdditionalProperties().get("spec");
        return spec == null ? "" : String.valueOf(spec.get("gatewayClassName"));
    }
}
