package dev.iqconsole.profile.calibration;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fitted constants of {@link ServingModel}. Efficiencies are shares of the datasheet peaks; overheads are what a
 * step costs beyond moving bytes and doing FLOPs (kernel launches, scheduling, all-reduces).
 *
 * @param bandwidthEfficiency share of peak HBM bandwidth a decode step achieves
 * @param computeEfficiency share of peak tensor FLOP/s the matrix products achieve
 * @param stepOverheadMs fixed cost of every step (scheduler, sampling, launch)
 * @param layerOverheadUs cost per layer per step (small kernels: norms, rotary, attention launch)
 * @param allReduceUs cost per layer per step of the tensor-parallel all-reduces, on more than one chip
 * @param sequenceOverheadUs CPU cost per running sequence per step (batch bookkeeping, detokenizing)
 * @param moeTrafficMultiple cost of routing a token through one MoE layer beyond its FLOPs and weight bytes, as a
 *     multiple of the time one chip's HBM takes to move the token's routed activations at datasheet bandwidth
 *     ({@link Deployment#routedActivationBytes()}): top-k, sorting tokens by expert, gathering and scattering their
 *     rows and the grouped products' small per-expert tiles are scattered, short kernels far from streaming bandwidth
 * @param reserveShare share of each chip's memory held for activations, CUDA graphs and communication buffers beyond
 *     the server's memory utilization (a share, so that a 24 GB L4 and a 141 GB H200 both keep room for it)
 * @param ttftOverheadMs cost of a request before its prefill (HTTP, tokenizing, admission)
 */
public record ServingConstants(
        double bandwidthEfficiency,
        double computeEfficiency,
        double stepOverheadMs,
        double layerOverheadUs,
        double allReduceUs,
        double sequenceOverheadUs,
        double moeTrafficMultiple,
        double reserveShare,
        double ttftOverheadMs) {

    /** Names, units and meanings in the order of {@link #toArray()}: the columns of model_calibration.csv. */
    static final List<String> NAMES = List.of(
            "bandwidth_efficiency",
            "compute_efficiency",
            "step_overhead_ms",
            "layer_overhead_us",
            "all_reduce_us",
            "sequence_overhead_us",
            "moe_traffic_multiple",
            "reserve_share",
            "ttft_overhead_ms");

    public ServingConstants {
        for (double value : new double[] {
            bandwidthEfficiency,
            computeEfficiency,
            stepOverheadMs,
            layerOverheadUs,
            allReduceUs,
            sequenceOverheadUs,
            moeTrafficMultiple,
            reserveShare,
            ttftOverheadMs
        }) {
            if (!(value >= 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException("constants must be finite and >= 0");
            }
        }
        if (bandwidthEfficiency > 1
                || computeEfficiency > 1
                || bandwidthEfficiency == 0
                || computeEfficiency == 0
                || reserveShare >= 1) {
            throw new IllegalArgumentException("efficiencies must be in (0, 1] and the reserve share below 1");
        }
    }

    double[] toArray() {
        return new double[] {
            bandwidthEfficiency,
            computeEfficiency,
            stepOverheadMs,
            layerOverheadUs,
            allReduceUs,
            sequenceOverheadUs,
            moeTrafficMultiple,
            reserveShare,
            ttftOverheadMs
        };
    }

    static ServingConstants of(double[] v) {
        return new ServingConstants(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
    }

    /** The committed fit, {@code data/model_calibration.csv}. */
    public static ServingConstants committed(Path dataFolder) {
        return of(Csv.read(dataFolder.resolve("model_calibration.csv")));
    }

    static ServingConstants of(List<Csv.Row> rows) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (var row : rows) {
            values.put(row.text("constant"), row.number("value"));
        }
        double[] v = new double[NAMES.size()];
        for (int i = 0; i < v.length; i++) {
            var value = values.get(NAMES.get(i));
            if (value == null) {
                throw new IllegalArgumentException("model_calibration.csv: constant " + NAMES.get(i) + " missing");
            }
            v[i] = value;
        }
        return of(v);
    }

    /** Six significant digits: enough that a re-fit compares exactly, short enough to review. */
    static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
