package dev.iqconsole.manifest;

import dev.iqconsole.catalog.Accelerator;
import dev.iqconsole.catalog.MachineType;
import dev.iqconsole.catalog.Model;

/**
 * The numbers the generator decides from stated facts. Every constant here is a design choice, written down with
 * its reason, not a measurement.
 */
final class Sizing {

    static final double GIB = 1024.0 * 1024 * 1024;

    /**
     * Share of accelerator memory the server may use: vLLM's default {@code --gpu-memory-utilization} (0.9); the rest
     * is activations, CUDA graphs and fragmentation.
     */
    static final double USABLE_MEMORY_SHARE = 0.9;

    /** Size from which a Hugging Face download is cached in RAM or checked for disk space; no public GKE source states 90 GiB, so it is the console's own threshold (docs/reference/gke-inference-quickstart.md §5.9). */
    static final double LARGE_MODEL_GIB = 90;

    /** The HPA starts scaling this far below the concurrency that meets the target (scale-up takes minutes). */
    static final double HPA_SAFETY_MARGIN = 0.2;

    /** Startup budget: image pull, CUDA graph capture or XLA compilation (TPU: twice), then loading the weights. */
    static final int STARTUP_BASE_SECONDS = 600;

    /** Loading budget per GiB of weights: a pessimistic 50 MiB/s download or bucket read (about 20.5 s/GiB). */
    static final double STARTUP_SECONDS_PER_GIB = 1024.0 / 50;

    static final int PROBE_PERIOD_SECONDS = 10;

    /**
     * The shortest context worth serving when the model's full context does not fit: GIQ's longest use case (Deep
     * Research) averages 4,096 + 1,024 tokens, and 8,192 leaves room for requests longer than the average.
     */
    static final int MIN_SERVED_CONTEXT_TOKENS = 8192;

    /** A capped context is rounded down to whole blocks of this many tokens (a multiple of every KV block size). */
    static final int CONTEXT_STEP_TOKENS = 1024;

    private Sizing() {}

    static double usableGibPerChip(Accelerator accelerator) {
        return accelerator.hbmGB() * 1e9 / GIB * USABLE_MEMORY_SHARE;
    }

    static double kvCacheGib(Model model) {
        return (double) model.kvCacheBytesPerToken() * model.maxContextTokens() / GIB;
    }

    /** Weights plus the KV cache of one sequence at the model's full context. */
    static double requiredGib(Model model) {
        return model.weightsGiB() + kvCacheGib(model);
    }

    /** The shortest context the generator will serve: the full one, or {@link #MIN_SERVED_CONTEXT_TOKENS}. */
    static int minimumContextTokens(Model model) {
        return Math.min(model.maxContextTokens(), MIN_SERVED_CONTEXT_TOKENS);
    }

    /** Weights plus the KV cache of one sequence of the minimum context: the least the server must hold. */
    static double minimumGib(Model model) {
        return model.weightsGiB() + (double) model.kvCacheBytesPerToken() * minimumContextTokens(model) / GIB;
    }

    /**
     * The context the server is started with: the model's full context when one sequence of it fits next to the
     * weights, else the longest that does, in whole {@link #CONTEXT_STEP_TOKENS} (vLLM, SGLang and TGI refuse to
     * start when their maximum length does not fit the KV cache). Never below the minimum; the validator refuses a
     * plan where even that does not fit.
     */
    static int servedContextTokens(Model model, Accelerator accelerator, int count) {
        if (model.kvCacheBytesPerToken() <= 0) {
            return model.maxContextTokens();
        }
        double kvGib = usableGibPerChip(accelerator) * count - model.weightsGiB();
        long fitting = (long) Math.floor(kvGib * GIB / model.kvCacheBytesPerToken());
        if (fitting >= model.maxContextTokens()) {
            return model.maxContextTokens();
        }
        long stepped = fitting / CONTEXT_STEP_TOKENS * CONTEXT_STEP_TOKENS;
        return (int) Math.max(stepped, minimumContextTokens(model));
    }

    /**
     * Smallest power of two (tensor parallelism usually must divide the attention heads) that holds the weights and
     * the KV cache of {@code gib} in all.
     */
    static int acceleratorsNeeded(double gib, Accelerator accelerator) {
        int count = 1;
        while (count * usableGibPerChip(accelerator) < gib && count < 1024) count *= 2;
        return count;
    }

    static boolean isLarge(Model model) {
        return model.weightsGiB() >= LARGE_MODEL_GIB;
    }

    /** {@code /dev/shm} size for the Hugging Face cache: the weights plus 10% for tokenizer, config and temp files. */
    static int shmCacheGib(Model model) {
        return (int) Math.ceil(model.weightsGiB() * 1.1);
    }

    /**
     * Whether the Hugging Face cache may live in memory: when it takes at most half of the node's memory (the server
     * process, CPU-side staging of weights and the kubelet need the rest).
     */
    static boolean shmCacheFits(Model model, MachineType machineType) {
        if (machineType.memoryGB() == null) {
            return false; // memory not in the catalog: keep the cache on disk rather than risk the node's memory
        }
        double nodeGib = machineType.memoryGB() * 1e9 / GIB;
        return shmCacheGib(model) <= nodeGib / 2;
    }

    static int startupBudgetSeconds(Model model, boolean tpu) {
        int base = tpu ? 2 * STARTUP_BASE_SECONDS : STARTUP_BASE_SECONDS;
        return base + (int) Math.ceil(model.weightsGiB() * STARTUP_SECONDS_PER_GIB);
    }

    static int startupFailureThreshold(Model model, boolean tpu) {
        return (int) Math.ceil(startupBudgetSeconds(model, tpu) / (double) PROBE_PERIOD_SECONDS);
    }

    /** Per-pod average of the batch metric at which the HPA adds replicas: the concurrency less the margin, at least 1. */
    static int hpaThreshold(double concurrencyAtTarget) {
        return Math.max(1, (int) Math.floor(concurrencyAtTarget * (1 - HPA_SAFETY_MARGIN)));
    }
}
