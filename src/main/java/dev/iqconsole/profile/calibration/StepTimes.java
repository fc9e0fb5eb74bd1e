package dev.iqconsole.profile.calibration;

/**
 * The time of one step of a deployment whose decoding sequences are at one mean context and whose prompt tokens see
 * another, under fitted constants. A decode step costs a fixed overhead plus the larger of the time to read its bytes
 * (weights it touches and the batch's KV cache) at effective HBM bandwidth and the time of its FLOPs at effective
 * tensor throughput, plus the all-reduces of tensor parallelism and the routing of a mixture of experts.
 *
 * <p>A prediction takes hundreds of steps and a calibration fit millions of predictions, so what does not change from
 * step to step (the cache per sequence, attention FLOPs per token, the rates, the server's chunk size) is worked out
 * once here, each figure by the same operations in the same order as the whole formula would take: the step times
 * are the same to the last bit.
 */
final class StepTimes {

    private final ModelArchitecture model;
    private final ServingConstants constants;
    private final int prefillChunkTokens;
    private final int count;
    private final boolean expertParallel;
    private final double alwaysReadBytes;
    private final double routedExpertBytes;
    private final double replicatedWeightBytes;
    private final double kvBytesPerSequence;
    private final double twiceActiveParams;
    private final double decodeAttentionFlops;
    private final double promptAttentionFlops;
    private final double memoryBytesPerSecond;
    private final double computeFlopsPerSecond;
    private final double routedActivationBytes;
    private final double chipBytesPerSecond;
    private final double linkBytesPerSecond;
    private final double fixedOverheadUs;

    StepTimes(Deployment deployment, ServingConstants constants, double decodeContext, double promptContext) {
        var precision = deployment.precision();
        var hardware = deployment.hardware();
        this.model = deployment.model();
        this.constants = constants;
        prefillChunkTokens = deployment.prefillChunkTokens();
        count = deployment.count();
        expertParallel = deployment.expertParallel();
        alwaysReadBytes = model.alwaysReadBytes(precision);
        routedExpertBytes = model.routedExpertBytes(precision);
        replicatedWeightBytes = deployment.replicatedWeightBytes();
        kvBytesPerSequence = deployment.kvBytes(decodeContext);
        twiceActiveParams = 2 * model.activeParams();
        decodeAttentionFlops = model.attentionFlops(decodeContext);
        promptAttentionFlops = model.attentionFlops(promptContext);
        memoryBytesPerSecond = hardware.bandwidth() * constants.bandwidthEfficiency();
        computeFlopsPerSecond = hardware.sustainedFlops(precision) * constants.computeEfficiency();
        routedActivationBytes = model.isMixtureOfExperts() ? deployment.routedActivationBytes() : 0;
        chipBytesPerSecond = hardware.bandwidthGBs() * 1e9;
        linkBytesPerSecond = hardware.linkBandwidth();
        double allReduceUs = count > 1 ? model.layers() * constants.allReduceUs() : 0;
        fixedOverheadUs = constants.stepOverheadMs() * 1e3 + model.layers() * constants.layerOverheadUs() + allReduceUs;
    }

    /** Prompt tokens one step may take, {@link Integer#MAX_VALUE} when the server prefills a prompt in one step. */
    int prefillChunkTokens() {
        return prefillChunkTokens;
    }

    /** One step with {@code decoding} sequences decoding and {@code prefillTokens} prompt tokens prefilled. */
    double seconds(double decoding, double prefillTokens) {
        double tokens = decoding + prefillTokens;
        double bytes = weightBytesRead(tokens) + decoding * kvBytesPerSequence;
        double flops =
                twiceActiveParams * tokens + decoding * decodeAttentionFlops + prefillTokens * promptAttentionFlops;
        double memory = bytes / memoryBytesPerSecond;
        double compute = flops / computeFlopsPerSecond;
        // routing tokens to their experts and back: every tensor-parallel chip does it for every token, an
        // expert-parallel chip only for the tokens of its own sequences. Its kernels move the tokens' activations
        // through HBM in small scattered pieces, a fitted multiple of the time that traffic takes at full bandwidth
        double moeTokensPerChip = expertParallel ? tokens / count : tokens;
        double moe = model.isMixtureOfExperts()
                ? moeTokensPerChip
                        * model.moeLayers()
                        * constants.moeTrafficMultiple()
                        * routedActivationBytes
                        / chipBytesPerSecond
                : 0;
        return overheadSeconds(decoding) + allReduceSeconds(tokens) + moe + Math.max(memory, compute);
    }

    /** {@link Deployment#weightBytesRead}, from its parts computed once (a test holds the two equal). */
    double weightBytesRead(double tokens) {
        return alwaysReadBytes + routedExpertBytes * model.expertsTouched(tokens) + replicatedWeightBytes;
    }

    /**
     * Tensor parallelism sums each layer's attention and MLP outputs across the chips: two ring all-reduces per layer,
     * each chip sending {@code 2(n-1)/n} of the step's bf16 activations over its link. Over NVLink this is small; over
     * the PCIe of L4 machines it is a sizeable share of a large step.
     */
    private double allReduceSeconds(double tokens) {
        int n = count;
        if (n < 2) {
            return 0;
        }
        if (expertParallel) {
            // per MoE layer each chip sends its own tokens' activations to the chips of their k experts and gets
            // the results back: two all-to-alls of (n-1)/n of tokens/n · k activations
            double bytes = (double) (n - 1) / n * tokens / n * model.expertsPerToken() * model.hiddenSize() * 2;
            return 2 * model.moeLayers() * bytes / linkBytesPerSecond;
        }
        double bytes = 2.0 * (n - 1) / n * tokens * model.hiddenSize() * 2;
        return 2 * model.layers() * bytes / linkBytesPerSecond;
    }

    private double overheadSeconds(double decoding) {
        // with attention data parallelism each chip schedules and samples only its own sequences
        double sequencesPerScheduler = expertParallel ? decoding / count : decoding;
        return (fixedOverheadUs + sequencesPerScheduler * constants.sequenceOverheadUs()) * 1e-6;
    }
}
