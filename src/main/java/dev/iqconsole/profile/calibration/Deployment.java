package dev.iqconsole.profile.calibration;

/**
 * One replica: a model at a precision on {@code hardware.count()} chips behind a server.
 *
 * @param kvValueBytes bytes of one cached K or V value (2 for bf16, 1 for an FP8 KV cache)
 * @param memoryUtilization share of HBM the server may use for weights, activations and KV cache (vLLM's {@code
 *     gpu_memory_utilization}, default 0.9)
 */
public record Deployment(
        ModelArchitecture model,
        Precision precision,
        double kvValueBytes,
        Hardware hardware,
        Server server,
        String serverVersion,
        double memoryUtilization) {

    public static final double DEFAULT_MEMORY_UTILIZATION = 0.9;

    /** The model's published checkpoint with a bf16 KV cache and the server's default memory share. */
    public static Deployment of(ModelArchitecture model, Hardware hardware, Server server, String serverVersion) {
        return new Deployment(
                model, model.nativePrecision(), 2, hardware, server, serverVersion, DEFAULT_MEMORY_UTILIZATION);
    }

    int count() {
        return hardware.count();
    }

    int maxNumSeqs() {
        return server.maxNumSeqs(serverVersion, hardware);
    }

    int prefillChunkTokens() {
        return server.prefillChunkTokens(serverVersion, hardware);
    }

    /** KV bytes one sequence holds on all ranks together, copies included. */
    double kvBytes(double context) {
        return model.kvBytes(context, kvValueBytes) * model.kvCopies(count());
    }
}
