package dev.iqconsole.profile.calibration;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The model servers the calibration data covers, with the scheduling defaults that bound a batch. NVIDIA NIM for LLMs
 * runs the TensorRT-LLM engine, so its measurements count as {@link #TRTLLM}.
 */
public enum Server {
    /**
     * vLLM: pages the KV cache on demand, so a sequence holds on average its prompt plus half its output; {@code
     * gpu_memory_utilization} is a share of the whole memory for weights and cache together.
     */
    VLLM(false, false),
    /**
     * SGLang: radix-tree KV cache allocated on demand like vLLM, {@code mem_fraction_static} a share of the whole memory
     * like vLLM's; no fixed cap on running requests.
     */
    SGLANG(false, false),
    /**
     * TensorRT-LLM: the default GUARANTEED_NO_EVICT scheduler reserves a sequence's full length when admitting it, and
     * the KV cache gets {@code free_gpu_memory_fraction} (0.9) of the memory left free after the weights
     * (https://nvidia.github.io/TensorRT-LLM/examples/kvcacheconfig.html).
     */
    TRTLLM(true, true);

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final double GIB = 1L << 30;

    final boolean reservesFullSequence;

    /** Whether the memory share is a share of what the weights leave free rather than of the whole memory. */
    final boolean cacheShareOfFreeMemory;

    Server(boolean reservesFullSequence, boolean cacheShareOfFreeMemory) {
        this.reservesFullSequence = reservesFullSequence;
        this.cacheShareOfFreeMemory = cacheShareOfFreeMemory;
    }

    public static Server of(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "vllm" -> VLLM;
            case "sglang" -> SGLANG;
            case "trtllm", "tensorrt-llm", "nim" -> TRTLLM;
            default -> throw new IllegalArgumentException("server '" + name + "' is not one of vllm, sglang, trtllm");
        };
    }

    /**
     * Most sequences a replica decodes at once by default. vLLM since 0.9 (vllm/engine/arg_utils.py {@code
     * get_batch_defaults}, PR #17885): 1024 on GPUs with 70 GiB or more that are not A100, 256 elsewhere and before.
     * TensorRT-LLM: {@code max_batch_size} 2048 (trtllm-serve). SGLang: bounded by KV memory only.
     */
    int maxNumSeqs(String version, Hardware hardware) {
        return switch (this) {
            case VLLM -> bigGpuDefaults(minor(version), hardware) ? 1024 : 256;
            case SGLANG -> 4096;
            case TRTLLM -> 2048;
        };
    }

    /**
     * Prompt tokens one step may take (chunked prefill): vLLM 8192 on big GPUs since 0.9, else 2048; vLLM 0.7's V0
     * engine prefills a prompt in one step; SGLang's {@code chunked_prefill_size} and TensorRT-LLM's {@code
     * max_num_tokens} default to 8192.
     */
    int prefillChunkTokens(String version, Hardware hardware) {
        if (this != VLLM) {
            return 8192;
        }
        int minor = minor(version); // once: a calibration fit asks this millions of times
        if (minor < 8) {
            return Integer.MAX_VALUE;
        }
        return bigGpuDefaults(minor, hardware) ? 8192 : 2048;
    }

    private static boolean bigGpuDefaults(int minor, Hardware hardware) {
        return minor >= 9 && hardware.memoryBytes() >= 70 * GIB && !hardware.isA100();
    }

    /** The minor version of a 0.x release; a nightly or unparsable version counts as recent. */
    private static int minor(String version) {
        // read on every prediction: parsing each time was half of building the catalog's curves
        return MINORS.computeIfAbsent(version == null ? "" : version, Server::parseMinor);
    }

    private static int parseMinor(String version) {
        var matcher = VERSION.matcher(version);
        return matcher.find() && matcher.group(1).equals("0") ? Integer.parseInt(matcher.group(2)) : Integer.MAX_VALUE;
    }

    private static final Map<String, Integer> MINORS = new ConcurrentHashMap<>();
}
