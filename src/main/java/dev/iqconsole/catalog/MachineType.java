package dev.iqconsole.catalog;

/**
 * A machine type (GIQ's "instance type") and the accelerators it carries.
 *
 * @param tpuTopology TPU slice topology such as {@code 2x2}; {@code null} for GPUs
 */
public record MachineType(
        String name,
        String acceleratorLabel,
        int acceleratorCount,
        String tpuTopology,
        int vcpus,
        double memoryGB,
        String source) {}
