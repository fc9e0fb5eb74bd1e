package dev.iqconsole.profile;

import dev.iqconsole.catalog.Accelerator;
import dev.iqconsole.catalog.AcceleratorFamily;
import dev.iqconsole.catalog.Model;
import java.util.Map;

/**
 * Estimates of N0, Xinf and the knee from hardware facts when no measured anchor exists (benchmark-data.md §6.4).
 * Constants are calibrated on the three GIQ gemma-2-27b / vLLM 0.7.2 curves; where no calibration exists the value
 * is a stated guess, carried into each curve's parameters.
 */
final class Roofline {

    /** N0 ≈ κ·W/(n·BW); κ = 2.02 (H100), 1.81 (2×A100), 2.11 (4×L4) on GIQ gemma-2-27b: use 2.0. */
    static final double KAPPA = 2.0;

    /** Per-step floor of vLLM decode on one GPU (GPUStack, NIM, vLLM blog: 5–8 ms): midpoint. */
    static final double N_FLOOR_MS = 6.0;

    /** Usable share of HBM (vLLM gpu_memory_utilization default 0.9). */
    static final double HBM_UTILIZATION = 0.9;

    /** vLLM's default max_num_seqs caps the batch. */
    static final int MAX_NUM_SEQS = 256;

    /** Below this many concurrent sequences a replica is not a useful server: the model does not "fit". */
    static final int MIN_USEFUL_BATCH = 8;

    /** Zero-load TTFT assumed in benchmark-data.md §6.7 where none is measured. */
    static final double T0_MS = 40;

    /** TTFT exponent calibrated on the only published knee with a TTFT (gpt-oss-20b, H100: 297 ms). */
    static final double DEFAULT_GAMMA = 0.83;

    /** η: achieved share of the compute ceiling. Calibrated for H100, A100 (TP2) and L4 (TP4); others borrowed. */
    private static final Map<String, Double> ETA = Map.of(
            "nvidia-h100-80gb", 0.48,
            "nvidia-h100-mega-80gb", 0.48,
            "nvidia-h200-141gb", 0.48,
            "nvidia-b200", 0.48,
            "nvidia-tesla-a100", 0.42,
            "nvidia-a100-80gb", 0.42,
            "nvidia-l4", 0.18);

    /** TPUs have no calibration data at all: a labeled guess. */
    static final double TPU_ETA_GUESS = 0.35;

    private Roofline() {}

    static double eta(Accelerator accelerator) {
        if (accelerator.family() == AcceleratorFamily.TPU) {
            return TPU_ETA_GUESS;
        }
        return ETA.getOrDefault(accelerator.label(), ETA.get("nvidia-h100-80gb"));
    }

    static double weightBytes(Model model) {
        return model.weightsGiB() * (1L << 30);
    }

    /**
     * Zero-load NTPOT: one decode step reads the weights once. For a mixture of experts only the active share is read
     * at batch 1.
     */
    static double n0Ms(Model model, Accelerator accelerator, int count) {
        double bytesRead = weightBytes(model) * model.activeParamsB() / model.totalParamsB();
        double ms = KAPPA * bytesRead / (count * accelerator.hbmBandwidthGBs() * 1e9) * 1000;
        return Math.max(ms, N_FLOOR_MS);
    }

    /** Compute ceiling on output tokens/s: {@code η·n·F / (2·P_active·(1 + Ī/Ō))}. */
    static double xInf(Model model, Accelerator accelerator, int count, Workload workload) {
        double flops = eta(accelerator) * count * accelerator.bf16Tflops() * 1e12;
        double perOutputToken =
                2 * model.activeParamsB() * 1e9 * (1 + (double) workload.inputTokens() / workload.outputTokens());
        return flops / perOutputToken;
    }

    /** HBM left for the KV cache after the weights, in bytes (may be negative). */
    static double kvBudgetBytes(Model model, Accelerator accelerator, int count) {
        return HBM_UTILIZATION * count * accelerator.hbmGB() * 1e9 - weightBytes(model);
    }

    /** Concurrency the KV cache allows: {@code (u·n·HBM − W) / (kv·(Ī+Ō))}, capped by max_num_seqs. */
    static double maxBatch(Model model, Accelerator accelerator, int count, Workload workload) {
        double perSequence = (double) model.kvCacheBytesPerToken() * (workload.inputTokens() + workload.outputTokens());
        return Math.min(kvBudgetBytes(model, accelerator, count) / perSequence, MAX_NUM_SEQS);
    }
}
