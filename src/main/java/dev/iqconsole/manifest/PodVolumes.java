package dev.iqconsole.manifest;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inference server's volumes and where the container mounts them: shared memory for tensor parallelism, vLLM's
 * XLA compilation cache on TPUs, and the model's Cloud Storage bucket through GKE's FUSE sidecar (with the pod
 * annotations that inject it and its in-memory file cache).
 */
final class PodVolumes {

    static final String XLA_CACHE_MOUNT = "/data";

    /**
     * Cloud Storage FUSE mount options for reading weights once, fast: unlimited metadata and file caches, parallel
     * downloads. The list GoogleCloudPlatform/accelerated-platforms uses "based on the Inference Quickstart
     * recommendations" (docs/reference/gke-inference-quickstart.md §5.6), plus {@code only-dir} for the model's folder.
     */
    static final String GCS_MOUNT_OPTIONS = "metadata-cache:ttl-secs:-1,metadata-cache:stat-cache-max-size-mb:-1,"
            + "metadata-cache:type-cache-max-size-mb:-1,metadata-cache:negative-ttl-secs:0,file-cache:max-size-mb:-1,"
            + "file-cache:cache-file-for-range-read:true,file-cache:enable-parallel-downloads:true,implicit-dirs,"
            + "file-system:kernel-list-cache-ttl-secs:-1";

    private final Resolved r;
    private final PodResources resources;

    PodVolumes(Resolved resolved, PodResources resources) {
        this.r = resolved;
        this.resources = resources;
    }

    /** GKE's Cloud Storage FUSE sidecar is injected by these annotations; "0" lifts its resource limits. */
    Map<String, String> podAnnotations() {
        if (r.bucket() == null) return null;
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("gke-gcsfuse/volumes", "true");
        annotations.put("gke-gcsfuse/cpu-limit", "0");
        annotations.put("gke-gcsfuse/memory-limit", "0");
        annotations.put("gke-gcsfuse/ephemeral-storage-limit", "0");
        return annotations;
    }

    List<VolumeMount> volumeMounts() {
        List<VolumeMount> mounts = new ArrayList<>();
        mounts.add(new VolumeMountBuilder()
                .withName("dshm")
                .withMountPath("/dev/shm")
                .build());
        if (r.tpu() && r.server() == ServerKind.VLLM) {
            mounts.add(new VolumeMountBuilder()
                    .withName("xla-cache")
                    .withMountPath(XLA_CACHE_MOUNT)
                    .build());
        }
        if (r.bucket() != null) {
            mounts.add(new VolumeMountBuilder()
                    .withName("model")
                    .withMountPath(InferencePod.GCS_MOUNT)
                    .withReadOnly(true)
                    .build());
        }
        return mounts;
    }

    List<Volume> volumes() {
        List<Volume> volumes = new ArrayList<>();
        // tensor parallelism exchanges tensors through shared memory; the container default (64 MiB) is too small
        volumes.add(new VolumeBuilder()
                .withName("dshm")
                .withNewEmptyDir()
                .withMedium("Memory")
                .withSizeLimit(new Quantity(resources.shmGib() + "Gi"))
                .endEmptyDir()
                .build());
        if (r.tpu() && r.server() == ServerKind.VLLM) {
            volumes.add(new VolumeBuilder()
                    .withName("xla-cache")
                    .withNewEmptyDir()
                    .endEmptyDir()
                    .build());
        }
        if (r.bucket() != null) {
            volumes.add(gcsVolume());
            // the FUSE sidecar's file cache; in memory so reads of the weights are not limited by the boot disk
            volumes.add(new VolumeBuilder()
                    .withName("gke-gcsfuse-cache")
                    .withNewEmptyDir()
                    .withMedium("Memory")
                    .endEmptyDir()
                    .build());
        }
        return volumes;
    }

    private Volume gcsVolume() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("bucketName", r.bucket().bucket());
        String options = r.bucket().path().isEmpty()
                ? GCS_MOUNT_OPTIONS
                : GCS_MOUNT_OPTIONS + ",only-dir:" + r.bucket().path();
        attributes.put("mountOptions", options);
        return new VolumeBuilder()
                .withName("model")
                .withNewCsi()
                .withDriver("gcsfuse.csi.storage.gke.io")
                .withReadOnly(true)
                .withVolumeAttributes(attributes)
                .endCsi()
                .build();
    }
}
