package dev.iqconsole.manifest;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inference container's requests and limits: accelerators from the machine type, CPU and memory from what the
 * server needs capped by what the node can give ({@link NodeBudget}), {@code /dev/shm} and ephemeral storage from
 * the model and where its weights come from. Every figure is a budget derived from stated facts, not a measurement;
 * docs/decisions/0006-pod-resources.md explains each and compares it with Google's published manifests.
 *
 * <p>Memory and ephemeral storage are requested and limited alike: a model server that takes many minutes to load
 * must not be the first pod the kubelet evicts under pressure, and a pod that outgrows its estimate is better stopped
 * with a clear reason than let to fill the node. CPU has a request and no limit: it is compressible, and a limit only
 * throttles the tokenizer and the scheduling loop on a node that is this replica's anyway.
 */
record PodResources(
        int acceleratorCount,
        String acceleratorResource,
        int cpuMillis,
        int memoryGib,
        int shmGib,
        int ephemeralStorageGib,
        boolean memoryCapped) {

    /** The API server, tokenizer and the engine's own process. */
    static final int BASE_CPUS = 2;

    /** One busy worker process per accelerator (tensor parallelism), plus its share of tokenization. */
    static final int CPUS_PER_ACCELERATOR = 2;

    /** Python, the API server, the tokenizer and the engine process, before any weights. */
    static final int BASE_MEMORY_GIB = 4;

    /** Each worker process: CUDA or XLA runtime, NCCL buffers, host-side staging of its shard. */
    static final int MEMORY_PER_ACCELERATOR_GIB = 2;

    /**
     * {@code /dev/shm} per accelerator when it holds no model cache: NCCL's shared-memory transport and the engine's
     * broadcast queues between processes (the container default of 64 MiB makes tensor parallelism fail).
     */
    static final int SHM_PER_ACCELERATOR_GIB = 2;

    /** Logs, the server's compile caches (torch.compile, Triton, CUDA graphs) and temporary files. */
    static final int BASE_EPHEMERAL_GIB = 10;

    /** A Hugging Face download on disk: the weights plus 20% for tokenizer, config and partial files. */
    static final double DOWNLOAD_MARGIN = 1.2;

    static PodResources of(Resolved r) {
        var plan = r.plan();
        int count = plan.acceleratorCount();
        double weights = plan.model().weightsGiB();
        NodeBudget node = NodeBudget.of(plan.machineType());

        int cpuNeed = (BASE_CPUS + CPUS_PER_ACCELERATOR * count) * 1000;
        int cpuMillis = node.cpus() == null ? cpuNeed : Math.min(cpuNeed, roundDown100(node.cpus() * 1000));

        int shm = SHM_PER_ACCELERATOR_GIB * count
                + (r.hfCache() == Resolved.HfCache.SHARED_MEMORY ? Sizing.shmCacheGib(plan.model()) : 0);
        // /dev/shm and the Cloud Storage FUSE file cache are memory-backed: what they hold counts as the pod's memory
        double memoryNeed = BASE_MEMORY_GIB
                + MEMORY_PER_ACCELERATOR_GIB * count
                + shm
                + weights // host-side copy of the weights while they are loaded onto the accelerators
                + (r.bucket() != null ? weights : 0);
        int memory = (int) Math.ceil(memoryNeed);
        boolean capped = false;
        if (node.memoryGib() != null && memory > node.memoryGib()) {
            memory = (int) Math.floor(node.memoryGib());
            capped = true;
        }

        boolean downloadsToDisk = r.bucket() == null && r.hfCache() != Resolved.HfCache.SHARED_MEMORY;
        int ephemeral = BASE_EPHEMERAL_GIB + (downloadsToDisk ? (int) Math.ceil(weights * DOWNLOAD_MARGIN) : 0);

        return new PodResources(
                count, r.tpu() ? "google.com/tpu" : "nvidia.com/gpu", cpuMillis, memory, shm, ephemeral, capped);
    }

    private static int roundDown100(double millis) {
        return Math.max(100, (int) Math.floor(millis / 100) * 100);
    }

    String cpu() {
        return cpuMillis % 1000 == 0 ? Integer.toString(cpuMillis / 1000) : cpuMillis + "m";
    }

    ResourceRequirements requirements() {
        Quantity accelerators = new Quantity(Integer.toString(acceleratorCount));
        Quantity memory = new Quantity(memoryGib + "Gi");
        Quantity storage = new Quantity(ephemeralStorageGib + "Gi");
        Map<String, Quantity> requests = new LinkedHashMap<>();
        requests.put("cpu", new Quantity(cpu()));
        requests.put("memory", memory);
        requests.put("ephemeral-storage", storage);
        requests.put(acceleratorResource, accelerators);
        Map<String, Quantity> limits = new LinkedHashMap<>();
        limits.put("memory", memory);
        limits.put("ephemeral-storage", storage);
        limits.put(acceleratorResource, accelerators);
        return new ResourceRequirementsBuilder()
                .withRequests(requests)
                .withLimits(limits)
                .build();
    }
}
