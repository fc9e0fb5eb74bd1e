package dev.iqconsole.profile.calibration;

/**
 * {@code count} identical accelerators serving one replica with tensor parallelism, with the datasheet figures of one
 * chip.
 *
 * @param memoryBytes memory per chip in bytes, as the driver reports it
 * @param bandwidthGBs memory bandwidth per chip, GB/s
 * @param bf16Tflops dense bf16 TFLOP/s per chip
 * @param fp8Tflops dense FP8 TFLOP/s per chip, 0 where the chip has no FP8 units
 * @param fp4Tflops dense FP4 TFLOP/s per chip, 0 where the chip has no FP4 units
 * @param linkGBs chip-to-chip bandwidth per chip and direction, GB/s (NVLink, PCIe or TPU ICI): what a
 *     tensor-parallel all-reduce moves its activations over
 * @param sustainedShare share of the datasheet tensor rate a chip sustains in long matrix products: 1 unless its power
 *     cap holds it near base clock (a 72 W L4 boosts to 2040 MHz but sustains about its 795 MHz base)
 */
public record Hardware(
        String label,
        double memoryBytes,
        double bandwidthGBs,
        double bf16Tflops,
        double fp8Tflops,
        double fp4Tflops,
        double linkGBs,
        double sustainedShare,
        int count) {

    public Hardware {
        if (count < 1
                || !(memoryBytes > 0)
                || !(bandwidthGBs > 0)
                || !(bf16Tflops > 0)
                || !(linkGBs > 0)
                || !(sustainedShare > 0 && sustainedShare <= 1)) {
            throw new IllegalArgumentException(
                    label + ": count, memory, bandwidth, bf16 rate and link bandwidth must be positive, the"
                            + " sustained share in (0, 1]");
        }
    }

    public Hardware times(int chips) {
        return new Hardware(
                label, memoryBytes, bandwidthGBs, bf16Tflops, fp8Tflops, fp4Tflops, linkGBs, sustainedShare, chips);
    }

    /** Peak FLOP/s of all chips at the fastest rate the precision can use on them (FP4 falls back to FP8, then bf16). */
    double peakFlops(Precision precision) {
        double tflops = switch (precision.rate) {
            case BF16 -> bf16Tflops;
            case FP8 -> Math.max(fp8Tflops, bf16Tflops);
            case FP4 -> Math.max(fp4Tflops, Math.max(fp8Tflops, bf16Tflops));
        };
        return tflops * 1e12 * count;
    }

    /** What the matrix products can sustain: the datasheet peak at the chip's sustained clock. */
    double sustainedFlops(Precision precision) {
        return peakFlops(precision) * sustainedShare;
    }

    double bandwidth() {
        return bandwidthGBs * 1e9 * count;
    }

    /** Bytes per second one chip sends to its neighbour in a ring all-reduce. */
    double linkBandwidth() {
        return linkGBs * 1e9;
    }

    double totalMemoryBytes() {
        return memoryBytes * count;
    }

    boolean isA100() {
        return label.contains("a100");
    }
}
