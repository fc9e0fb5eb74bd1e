package dev.iqconsole.cluster;

/**
 * What one node offers to a model server.
 *
 * @param labelKey the label that names the accelerator ({@code cloud.google.com/gke-accelerator},
 *     {@code cloud.google.com/gke-tpu-accelerator} or {@code nvidia.com/gpu.product}); empty for CPU-only nodes
 * @param accelerator the label's value, e.g. {@code nvidia-l4}
 * @param resource the extended resource ({@code nvidia.com/gpu} or {@code google.com/tpu}); empty when none
 * @param allocatable allocatable chips of that resource
 * @param ephemeralStorageBytes allocatable ephemeral storage (0 when the node does not report it)
 */
public record NodeAccelerator(
        String node,
        String labelKey,
        String accelerator,
        String resource,
        long allocatable,
        long ephemeralStorageBytes) {

    public boolean hasAccelerator() {
        return allocatable > 0 || !accelerator.isEmpty();
    }
}
