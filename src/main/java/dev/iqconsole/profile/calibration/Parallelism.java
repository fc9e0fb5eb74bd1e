package dev.iqconsole.profile.calibration;

import java.util.Locale;

/** How a replica's chips share a model. */
public enum Parallelism {
    /**
     * Tensor parallelism: every layer's weights are split across the chips, every chip works on every sequence, and two
     * all-reduces per layer sum the partial results (vLLM's and SGLang's default with {@code -tp n}).
     */
    TENSOR,
    /**
     * Attention data parallelism with expert parallelism, for mixtures of experts: each chip holds a full copy of the
     * always-read weights (attention, dense layers, shared experts) and runs attention for its own share of the
     * sequences, whose KV cache only it holds; the routed experts are spread over the chips and each token is sent to
     * the chip of its experts and back (TensorRT-LLM's {@code --ep n} with {@code enable_attention_dp}).
     */
    EXPERT_WITH_ATTENTION_DATA;

    /** {@code tp} or {@code ep+attention-dp}, as data/measurements.csv spells it; empty means tensor parallel. */
    public static Parallelism of(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "", "tp" -> TENSOR;
            case "ep+attention-dp" -> EXPERT_WITH_ATTENTION_DATA;
            default ->
                throw new IllegalArgumentException("parallelism '" + name + "' is not one of tp, ep+attention-dp");
        };
    }
}
