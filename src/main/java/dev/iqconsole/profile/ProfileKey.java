package dev.iqconsole.profile;

/**
 * What a profile is a profile of: model x model server (+version) x machine type (accelerator x count) x use case.
 *
 * @param serverVersion the version the curve was measured or modeled with; {@link #UNSTATED_VERSION} for a published
 *     measurement whose source does not say which version it used
 * @param tpuTopology {@code null} for GPUs
 * @param useCase the use case's API name, e.g. {@code chatbot}
 */
public record ProfileKey(
        String model,
        String modelServer,
        String serverVersion,
        String machineType,
        String accelerator,
        int acceleratorCount,
        String tpuTopology,
        String useCase) {

    /**
     * The version of a published profile whose source does not name the server version (gpt-oss-20b's GKE docs point,
     * seed-1). Labelled rather than blank, so that it is not mistaken for a duplicate of the modeled latest-version
     * profile derived from it, and so that clients can select it ({@code --model-server-version=unstated}); a blank
     * version would mean "latest" in every query.
     */
    public static final String UNSTATED_VERSION = "unstated";
}
