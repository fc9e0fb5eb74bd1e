package dev.iqconsole.manifest;

import dev.iqconsole.catalog.MachineType;

/**
 * What a node of one machine type can give the inference pod: its capacity, less what GKE reserves for the kubelet,
 * the container runtime and the OS, less a budget for the DaemonSets every accelerator node runs. One replica uses
 * all the accelerators of its machine type, so the node is the replica's, and the pod may ask for what is left.
 *
 * <p>GKE's reservation (https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes, "Resource
 * reservations"): CPU 6% of the first core, 1% of the second, 0.5% of the next two, 0.25% above four; memory 25% of
 * the first 4 GiB, 20% of the next 4, 10% of the next 8, 6% of the next 112, 2% above 128 GiB, plus the kubelet's
 * 100 MiB eviction threshold. Other distributions reserve less or nothing, so the same figure is a safe bound there.
 *
 * @param cpus vCPUs the pod may request; {@code null} when the catalog does not know the machine's vCPUs
 * @param memoryGib memory the pod may request; {@code null} when the catalog does not know the machine's memory
 */
record NodeBudget(Double cpus, Double memoryGib) {

    /**
     * Left for DaemonSets (logging and metrics agents, kube-proxy, the NVIDIA device plugin and DCGM exporter, CSI
     * node drivers) and the Cloud Storage FUSE sidecar's own requests. A budget, not a measurement: on GKE these add
     * up to well under one vCPU and 2 GiB.
     */
    static final double DAEMONSET_CPUS = 1;

    static final double DAEMONSET_MEMORY_GIB = 2;

    static final double EVICTION_THRESHOLD_GIB = 100.0 / 1024;

    private static final double[][] CPU_TIERS = {{1, 0.06}, {1, 0.01}, {2, 0.005}, {Double.MAX_VALUE, 0.0025}};
    private static final double[][] MEMORY_TIERS = {
        {4, 0.25}, {4, 0.20}, {8, 0.10}, {112, 0.06}, {Double.MAX_VALUE, 0.02}
    };

    static NodeBudget of(MachineType machine) {
        Double cpus = machine.vcpus() == null
                ? null
                : Math.max(0, machine.vcpus() - reservedCpus(machine.vcpus()) - DAEMONSET_CPUS);
        Double memory = machine.memoryGB() == null
                ? null
                : Math.max(
                        0, nodeMemoryGib(machine) - reservedMemoryGib(nodeMemoryGib(machine)) - DAEMONSET_MEMORY_GIB);
        return new NodeBudget(cpus, memory);
    }

    /** The catalog states memory in GB; taken as 10^9 bytes, which is the smaller reading of the two. */
    static double nodeMemoryGib(MachineType machine) {
        return machine.memoryGB() * 1e9 / Sizing.GIB;
    }

    static double reservedCpus(double vcpus) {
        return tiered(vcpus, CPU_TIERS);
    }

    static double reservedMemoryGib(double gib) {
        if (gib < 1) return 255.0 / 1024 + EVICTION_THRESHOLD_GIB;
        return tiered(gib, MEMORY_TIERS) + EVICTION_THRESHOLD_GIB;
    }

    private static double tiered(double amount, double[][] tiers) {
        double reserved = 0;
        double left = amount;
        for (double[] tier : tiers) {
            double inTier = Math.min(left, tier[0]);
            reserved += inTier * tier[1];
            left -= inTier;
            if (left <= 0) break;
        }
        return reserved;
    }
}
