package dev.iqconsole.manifest;

/**
 * The label that tells a serving stack's endpoint picker Deployment from the model server's. Both carry the
 * workload's label, and the Workloads page shows them as one workload: the picker is a part of it, not a second one.
 */
public final class InferenceGatewayLabels {

    /** Kubernetes' recommended label for a component of an application. */
    public static final String COMPONENT = "app.kubernetes.io/component";

    public static final String ENDPOINT_PICKER = "endpoint-picker";

    private InferenceGatewayLabels() {}
}
