package dev.iqconsole.profile;

/**
 * What a profile is a profile of: model x model server (+version) x machine type (accelerator x count) x use case.
 *
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
        String useCase) {}
