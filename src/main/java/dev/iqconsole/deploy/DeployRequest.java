package dev.iqconsole.deploy;

import dev.iqconsole.catalog.AcceleratorFamily;
import java.util.Objects;

/**
 * Where and what to deploy, besides the objects themselves.
 *
 * @param deployment the deployment name that labels every object ({@link ManagedLabels#DEPLOYMENT})
 * @param profile a short description for history and lists, e.g. {@code gemma-2-9b-it / vllm / nvidia-l4}
 * @param targets the performance targets chosen, in words, e.g. {@code NTPOT <= 50 ms}
 * @param gatedModel the model needs a Hugging Face token ({@code hf-secret})
 * @param acceleratorLabel e.g. {@code nvidia-l4} or {@code tpu-v6e-slice}
 * @param acceleratorsPerReplica chips one pod requests
 */
public record DeployRequest(
        String context,
        String namespace,
        String deployment,
        String profile,
        String targets,
        HfToken hfToken,
        boolean gatedModel,
        String acceleratorLabel,
        int acceleratorsPerReplica,
        AcceleratorFamily family) {

    public DeployRequest {
        require(context, "context");
        require(namespace, "namespace");
        require(deployment, "deployment");
        profile = Objects.requireNonNullElse(profile, "");
        targets = Objects.requireNonNullElse(targets, "");
        hfToken = Objects.requireNonNullElse(hfToken, HfToken.none());
        acceleratorLabel = Objects.requireNonNullElse(acceleratorLabel, "");
        family = Objects.requireNonNullElse(family, AcceleratorFamily.GPU);
        if (!namespace.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
            throw new IllegalArgumentException("The namespace '" + namespace
                    + "' is not a valid Kubernetes name: use lower-case letters, digits and '-', at most 63"
                    + " characters, starting and ending with a letter or digit.");
        }
        if (acceleratorsPerReplica < 0) {
            throw new IllegalArgumentException(
                    "acceleratorsPerReplica must be 0 or more, was " + acceleratorsPerReplica);
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The field '" + field + "' of a deploy request must not be empty.");
        }
    }

    /** The resource the workload requests per accelerator chip. */
    public String acceleratorResource() {
        return family == AcceleratorFamily.TPU ? "google.com/tpu" : "nvidia.com/gpu";
    }

    public String acceleratorLabelKey() {
        return family == AcceleratorFamily.TPU
                ? "cloud.google.com/gke-tpu-accelerator"
                : "cloud.google.com/gke-accelerator";
    }
}
