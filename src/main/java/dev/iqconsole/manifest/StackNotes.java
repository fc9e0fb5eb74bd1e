package dev.iqconsole.manifest;

import dev.iqconsole.catalog.ServingStack;
import java.util.ArrayList;
import java.util.List;

/**
 * What a cluster needs before the serving stack's objects can work, and what they do: the comment lines added after
 * the model server's notes. CRD-backed objects fail to apply without their CRDs; without a Gateway controller for
 * the class, the Gateway never gets an address.
 */
final class StackNotes {

    private StackNotes() {}

    static List<String> of(Resolved r, InferenceGateway gateway, ServingStackPlan plan) {
        ServingStack stack = plan.stack();
        String gatewayClass = plan.gatewayClass(r.plan().platform());
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Serving stack " + stack.name() + " " + stack.version() + " (released " + stack.released()
                + "), inference scheduling: " + InferenceGateway.REPLICAS + " vLLM replicas (prefix caching on) in"
                + " InferencePool " + gateway.poolName() + "; endpoint picker " + gateway.eppName() + " ("
                + stack.eppImage() + ") scores them by prefix cache, queue and KV-cache use; Gateway "
                + gateway.gatewayName() + " (class " + gatewayClass + ") routes to the pool through HTTPRoute "
                + gateway.routeName() + ".");
        if (r.hasHpa()) {
            lines.add("HorizontalPodAutoscaler " + r.names().hpa() + ": at least "
                    + Math.min(InferenceGateway.REPLICAS, r.plan().autoscaling().maxReplicas())
                    + " replicas, so that the endpoint picker has replicas to route between.");
        }
        lines.add("Performance: the profile's curve is one vLLM replica's and applies unchanged (no change claimed:"
                + " no public measurement gives a factor for this workload; llm-d's published gains are for traffic"
                + " that reuses long prefixes).");
        lines.add("The cluster needs, before these objects apply:");
        if (r.gke()) {
            lines.add("- Gateway API CRDs and GKE's Gateway controller: gcloud container clusters update $CLUSTER_NAME"
                    + " --location=$LOCATION --gateway-api=standard");
        } else {
            lines.add("- Gateway API CRDs (gateway.networking.k8s.io/v1 Gateway, HTTPRoute"
                    + (stack.gatewayApiCrds() == null ? "" : "; llm-d tested " + stack.gatewayApiCrds())
                    + "): kubectl apply -f https://github.com/kubernetes-sigs/gateway-api/releases/download/"
                    + "$GATEWAY_API_VERSION/standard-install.yaml");
        }
        lines.add("- Gateway API Inference Extension " + stack.gieVersion() + " CRDs (" + stack.inferencePoolApi()
                + " InferencePool): kubectl apply -k https://github.com/kubernetes-sigs/gateway-api-inference-extension"
                + "/config/crd?ref=" + stack.gieVersion());
        if (stack.eppConfig().llmdRouter()) {
            lines.add("- Optional: llm-d Router's InferenceObjective and InferenceModelRewrite CRDs (llm-d.ai); the"
                    + " endpoint picker runs without them: kubectl apply -f https://github.com/llm-d/llm-d-router"
                    + "/releases/download/" + routerRelease(stack) + "/manifests.yaml");
        }
        if (r.gke()) {
            lines.add("- GatewayClass " + gatewayClass + " (GKE's, present once the Gateway API is enabled) and, for"
                    + " GKE's regional load balancers, a proxy-only subnet in the cluster's region and VPC:"
                    + " gcloud compute networks subnets create proxy-only --purpose=REGIONAL_MANAGED_PROXY"
                    + " --role=ACTIVE --region=$REGION --network=$NETWORK --range=$CIDR");
            lines.add("- HealthCheckPolicy and GCPBackendPolicy (networking.gke.io/v1) come with GKE's Gateway"
                    + " controller.");
        } else {
            lines.add("- A Gateway controller that implements the Inference Extension and serves GatewayClass "
                    + gatewayClass + " (for example Istio, kgateway or agentgateway, each with inference support"
                    + " switched on).");
        }
        lines.add("Send requests to the Gateway's address: kubectl get gateway " + gateway.gatewayName() + " -n "
                + r.plan().namespace() + " -o jsonpath='{.status.addresses[0].value}'");
        lines.add("Sources: " + stack.source());
        return lines;
    }

    /** llm-d Router's release: its picker image carries the release tag (the chart's release workflow sets it). */
    static String routerRelease(ServingStack stack) {
        String image = stack.eppImage();
        return image.substring(image.lastIndexOf(':') + 1);
    }
}
