package dev.iqconsole.catalog;

/**
 * One accelerator chip.
 *
 * @param label GKE's label value ({@code cloud.google.com/gke-accelerator} or {@code gke-tpu-accelerator}), e.g.
 *     {@code nvidia-h100-80gb}
 * @param hbmGB memory per chip in GB (10^9 bytes)
 * @param hbmBandwidthGBs memory bandwidth per chip in GB/s
 * @param bf16Tflops dense bf16 TFLOP/s per chip
 */
public record Accelerator(
        String label,
        String displayName,
        AcceleratorFamily family,
        double hbmGB,
        double hbmBandwidthGBs,
        double bf16Tflops,
        String source) {}
