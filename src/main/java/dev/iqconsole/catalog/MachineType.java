package dev.iqconsole.catalog;

/**
 * A machine type (GIQ's "instance type") and the accelerators it carries.
 *
 * @param tpuTopology TPU slice topology such as {@code 2x2}; {@code null} for GPUs
 * @param vcpus vCPUs of the VM; {@code null} where no public source found gives it
 * @param memoryGB memory of the VM; {@code null} where no public source found gives it
 */
public record MachineType(
        String name,
        String acceleratorLabel,
        int acceleratorCount,
        String tpuTopology,
        Integer vcpus,
        Double memoryGB,
        String source) {}
