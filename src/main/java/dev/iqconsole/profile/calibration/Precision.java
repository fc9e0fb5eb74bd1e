package dev.iqconsole.profile.calibration;

import java.util.Locale;

/**
 * How weights are stored as served: bytes per parameter for the always-read (attention, embeddings, shared) part and
 * for the routed experts, and which tensor-core rate the matrix products run at.
 */
public enum Precision {
    BF16(2, 2, Rate.BF16),
    /** FP8 weights and activations (W8A8) where the chip has FP8 units; weight-only at the bf16 rate elsewhere. */
    FP8(1, 1, Rate.FP8),
    /** NVFP4: 4-bit values plus one FP8 scale per 16 (4.5 bits); FP4 units on Blackwell. */
    FP4(0.5625, 0.5625, Rate.FP4),
    /**
     * gpt-oss's native checkpoint: MXFP4 experts (4 bits plus one 8-bit scale per 32 = 4.25 bits), everything else
     * bf16; the products run with bf16 activations.
     */
    MXFP4(2, 0.53125, Rate.BF16);

    enum Rate {
        BF16,
        FP8,
        FP4
    }

    final double denseBytes;
    final double expertBytes;
    final Rate rate;

    Precision(double denseBytes, double expertBytes, Rate rate) {
        this.denseBytes = denseBytes;
        this.expertBytes = expertBytes;
        this.rate = rate;
    }

    /** {@code bf16}, {@code fp8}, {@code fp4} or {@code mxfp4}, as the data files spell it. */
    public static Precision of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("precision '" + name + "' is not one of bf16, fp8, fp4, mxfp4");
        }
    }
}
