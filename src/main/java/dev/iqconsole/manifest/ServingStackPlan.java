package dev.iqconsole.manifest;

import dev.iqconsole.catalog.ServingStack;

/**
 * A serving stack for the plan's replicas: the stack version and the Gateway that fronts it.
 *
 * @param gatewayClassName the GatewayClass of the generated Gateway; {@code null} or blank: GKE's regional external
 *     Application Load Balancer class on GKE ({@link #GKE_EXTERNAL}); off GKE it must be given (the class of the
 *     cluster's Gateway controller, e.g. {@code istio} or {@code kgateway})
 */
public record ServingStackPlan(ServingStack stack, String gatewayClassName) {

    /** GKE's regional external Application Load Balancer, the class GIE's GKE guide uses. */
    public static final String GKE_EXTERNAL = "gke-l7-regional-external-managed";
    /** GKE's regional internal Application Load Balancer. */
    public static final String GKE_INTERNAL = "gke-l7-rilb";

    public ServingStackPlan {
        gatewayClassName = gatewayClassName == null || gatewayClassName.isBlank() ? null : gatewayClassName.strip();
    }

    /** The class the Gateway gets on this platform; {@code null} when none was given off GKE. */
    String gatewayClass(TargetPlatform platform) {
        if (gatewayClassName != null) {
            return gatewayClassName;
        }
        return platform == TargetPlatform.GKE ? GKE_EXTERNAL : null;
    }

    /** GKE's regional load balancers need a proxy-only subnet in the cluster's region. */
    boolean gkeRegionalClass(TargetPlatform platform) {
        String cls = gatewayClass(platform);
        return GKE_EXTERNAL.equals(cls) || GKE_INTERNAL.equals(cls);
    }
}
