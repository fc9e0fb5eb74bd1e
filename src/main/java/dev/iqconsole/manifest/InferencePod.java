package dev.iqconsole.manifest;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pod template of the inference server: node selection, the container; its volumes are {@link PodVolumes}. */
final class InferencePod {

    static final String CONTAINER = "inference-server";
    static final String PORT_NAME = "http";
    static final String HF_SECRET = "hf-secret";
    static final String HF_SECRET_KEY = "hf_api_token";
    static final String GCS_MOUNT = "/gcs";

    static final String GKE_GPU_SELECTOR = "cloud.google.com/gke-accelerator";
    static final String GKE_TPU_SELECTOR = "cloud.google.com/gke-tpu-accelerator";
    static final String GKE_TPU_TOPOLOGY = "cloud.google.com/gke-tpu-topology";
    static final String GFD_PRODUCT = "nvidia.com/gpu.product";

    /**
     * GKE accelerator label to the {@code nvidia.com/gpu.product} value NVIDIA GPU feature discovery publishes (the
     * product name nvidia-smi reports, spaces as '-'). Only products whose names we are sure of; others get no
     * product selector and a note.
     */
    private static final Map<String, String> GFD_PRODUCTS = Map.of(
            "nvidia-tesla-t4", "Tesla-T4",
            "nvidia-l4", "NVIDIA-L4",
            "nvidia-tesla-a100", "NVIDIA-A100-SXM4-40GB",
            "nvidia-a100-80gb", "NVIDIA-A100-SXM4-80GB",
            "nvidia-h100-80gb", "NVIDIA-H100-80GB-HBM3",
            "nvidia-h100-mega-80gb", "NVIDIA-H100-80GB-HBM3",
            "nvidia-h200-141gb", "NVIDIA-H200",
            "nvidia-b200", "NVIDIA-B200");

    private final Resolved r;
    private final DeploymentPlan plan;
    private final PodResources resources;
    private final PodVolumes volumes;

    InferencePod(Resolved resolved) {
        this.r = resolved;
        this.plan = resolved.plan();
        this.resources = PodResources.of(resolved);
        this.volumes = new PodVolumes(resolved, resources);
    }

    static Optional<String> gfdProduct(String acceleratorLabel) {
        return Optional.ofNullable(GFD_PRODUCTS.get(acceleratorLabel));
    }

    PodTemplateSpec template() {
        return new PodTemplateSpecBuilder()
                .withNewMetadata()
                .withLabels(r.names().podLabels(r.gke()))
                .withAnnotations(volumes.podAnnotations())
                .endMetadata()
                .withNewSpec()
                .withServiceAccountName(r.bucket() != null ? r.names().serviceAccount() : null)
                .withNodeSelector(nodeSelector())
                .withTolerations(tolerations())
                .withContainers(container())
                .withVolumes(volumes.volumes())
                .endSpec()
                .build();
    }

    private Map<String, String> nodeSelector() {
        Map<String, String> selector = new LinkedHashMap<>();
        String label = plan.accelerator().label();
        if (!r.gke()) {
            gfdProduct(label).ifPresent(product -> selector.put(GFD_PRODUCT, product));
        } else if (r.tpu()) {
            selector.put(GKE_TPU_SELECTOR, label);
            selector.put(GKE_TPU_TOPOLOGY, plan.machineType().tpuTopology());
        } else {
            selector.put(GKE_GPU_SELECTOR, label);
        }
        return selector.isEmpty() ? null : selector;
    }

    /** GKE adds GPU/TPU tolerations itself; clusters with the NVIDIA GPU Operator often taint GPU nodes. */
    private List<Toleration> tolerations() {
        if (r.gke()) return null;
        return List.of(new TolerationBuilder()
                .withKey("nvidia.com/gpu")
                .withOperator("Exists")
                .withEffect("NoSchedule")
                .build());
    }

    private Container container() {
        String modelRef = r.bucket() != null ? GCS_MOUNT : plan.model().id();
        return new ContainerBuilder()
                .withName(CONTAINER)
                .withImage(plan.server().image())
                .withCommand(r.server().command().isEmpty() ? null : r.server().command())
                .withArgs(
                        r.server().args(modelRef, plan.model().id(), plan.acceleratorCount(), r.servedContextTokens()))
                .withEnv(env())
                .addNewPort()
                .withName(PORT_NAME)
                .withContainerPort(ServerKind.PORT)
                .withProtocol("TCP")
                .endPort()
                .withStartupProbe(startupProbe())
                .withReadinessProbe(readinessProbe())
                .withLivenessProbe(livenessProbe())
                .withResources(resources.requirements())
                .withSecurityContext(securityContext())
                .withVolumeMounts(volumes.volumeMounts())
                .build();
    }

    private List<EnvVar> env() {
        List<EnvVar> env = new ArrayList<>();
        if (r.needsHfToken()) {
            // Only a reference: the token itself is created by the user as a Secret and never passes through here.
            env.add(new EnvVarBuilder()
                    .withName("HF_TOKEN")
                    .withNewValueFrom()
                    .withNewSecretKeyRef()
                    .withName(HF_SECRET)
                    .withKey(HF_SECRET_KEY)
                    .endSecretKeyRef()
                    .endValueFrom()
                    .build());
        }
        if (r.hfCache() == Resolved.HfCache.SHARED_MEMORY) {
            env.add(new EnvVar("HF_HOME", "/dev/shm/hf_cache", null));
        }
        if (r.tpu() && r.server() == ServerKind.VLLM) {
            env.add(new EnvVar("VLLM_XLA_CACHE_PATH", PodVolumes.XLA_CACHE_MOUNT, null));
        }
        return env.isEmpty() ? null : env;
    }

    private Probe readinessProbe() {
        return healthProbe(Sizing.PROBE_PERIOD_SECONDS, 5, 3);
    }

    /** Holds off readiness and liveness until the weights are loaded; sized by {@link Sizing#startupBudgetSeconds}. */
    private Probe startupProbe() {
        return healthProbe(Sizing.PROBE_PERIOD_SECONDS, 5, Sizing.startupFailureThreshold(plan.model(), r.tpu()));
    }

    /**
     * Restarts a server that stopped answering. Looser than readiness: {@code /health} shares the event loop with
     * requests, so a saturated server answers late, and a restart costs a full model load. Four misses of 10 s each,
     * every 15 s, is a minute of silence.
     */
    private Probe livenessProbe() {
        return healthProbe(15, 10, 4);
    }

    /** An HTTP GET of the server's health path on its named port. */
    private static Probe healthProbe(int periodSeconds, int timeoutSeconds, int failureThreshold) {
        return new ProbeBuilder()
                .withNewHttpGet()
                .withPath(ServerKind.HEALTH_PATH)
                .withPort(new IntOrString(PORT_NAME))
                .endHttpGet()
                .withPeriodSeconds(periodSeconds)
                .withTimeoutSeconds(timeoutSeconds)
                .withFailureThreshold(failureThreshold)
                .build();
    }

    /**
     * As much of Pod Security's "restricted" profile as the servers allow: no privilege escalation, no Linux
     * capabilities (CUDA, NCCL and the TPU runtime need none), the runtime's default seccomp filter. The official
     * vLLM, SGLang and TGI images run as root (their Dockerfiles set no USER) and write their caches under /root, so
     * runAsNonRoot would stop them from starting; root without capabilities cannot bypass file permissions or change
     * ownership. The root filesystem stays writable for the same caches.
     */
    private SecurityContext securityContext() {
        return new SecurityContextBuilder()
                .withAllowPrivilegeEscalation(false)
                .withNewCapabilities()
                .withDrop("ALL")
                .endCapabilities()
                .withNewSeccompProfile()
                .withType("RuntimeDefault")
                .endSeccompProfile()
                .build();
    }
}
