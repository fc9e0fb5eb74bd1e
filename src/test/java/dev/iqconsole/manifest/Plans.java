package dev.iqconsole.manifest;

import dev.iqconsole.catalog.Accelerator;
import dev.iqconsole.catalog.AcceleratorFamily;
import dev.iqconsole.catalog.MachineType;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.catalog.ServerVersion;
import dev.iqconsole.profile.LatencyTargets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Catalog facts for the tests, copied from docs/reference/public-benchmarks.md §4.2, §4.1 (model facts, accelerator specs) and
 * docs/reference/gke-inference-quickstart.md §7; the images are the servers' public images.
 */
public final class Plans {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);
    static final String REF = "test fixture";

    static final Model GEMMA_2_27B = model("google/gemma-2-27b-it", 50.7, 8192, true, 368 * 1024);
    static final Model LLAMA_3_8B = model("meta-llama/Meta-Llama-3-8B", 15.0, 8192, true, 128 * 1024);
    static final Model LLAMA_3_3_70B = model("meta-llama/Llama-3.3-70B-Instruct", 131.5, 131072, true, 320 * 1024);
    static final Model QWEN3_32B = model("Qwen/Qwen3-32B", 61.0, 32768, false, 256 * 1024);

    static final Accelerator L4 = accelerator("nvidia-l4", AcceleratorFamily.GPU, 24);
    static final Accelerator H100 = accelerator("nvidia-h100-80gb", AcceleratorFamily.GPU, 80);
    static final Accelerator RTX_PRO_6000 = accelerator("nvidia-rtx-pro-6000", AcceleratorFamily.GPU, 96);
    static final Accelerator V6E = accelerator("tpu-v6e-slice", AcceleratorFamily.TPU, 32);

    static final MachineType G2_STANDARD_8 = machine("g2-standard-8", "nvidia-l4", 1, null, 8, 32);
    static final MachineType G2_STANDARD_48 = machine("g2-standard-48", "nvidia-l4", 4, null, 48, 192);
    static final MachineType A3_HIGHGPU_1G = machine("a3-highgpu-1g", "nvidia-h100-80gb", 1, null, 26, 234);
    static final MachineType A3_HIGHGPU_4G = machine("a3-highgpu-4g", "nvidia-h100-80gb", 4, null, 104, 936);
    static final MachineType A3_HIGHGPU_8G = machine("a3-highgpu-8g", "nvidia-h100-80gb", 8, null, 208, 1872);
    static final MachineType G4_STANDARD_48 = machine("g4-standard-48", "nvidia-rtx-pro-6000", 1, null, 48, 180);
    static final MachineType CT6E_4T = machine("ct6e-standard-4t", "tpu-v6e-slice", 4, "2x2", 180, 720);
    static final MachineType CT6E_8T = machine("ct6e-standard-8t", "tpu-v6e-slice", 8, "2x4", 180, 1440);

    static final ServerVersion VLLM_GPU = server("vllm", "v0.11.0", AcceleratorFamily.GPU, "vllm/vllm-openai:v0.11.0");
    static final ServerVersion VLLM_TPU = server("vllm", "v0.11.1", AcceleratorFamily.TPU, "vllm/vllm-tpu:v0.11.1");
    static final ServerVersion SGLANG = server("sglang", "v0.5.5", AcceleratorFamily.GPU, "lmsysorg/sglang:v0.5.5");
    static final ServerVersion TGI =
            server("tgi", "3.3.6", AcceleratorFamily.GPU, "ghcr.io/huggingface/text-generation-inference:3.3.6");

    private Plans() {}

    static Model model(String id, double weightsGiB, int context, boolean gated, long kvBytesPerToken) {
        return new Model(
                id, id, "test", 1, 1, weightsGiB, context, "test", gated, kvBytesPerToken, null, null, true, REF);
    }

    static Accelerator accelerator(String label, AcceleratorFamily family, double hbmGB) {
        return new Accelerator(label, label, family, hbmGB, 1000, 100, REF);
    }

    static MachineType machine(String name, String label, int count, String topology, int vcpus, double memoryGB) {
        return new MachineType(name, label, count, topology, vcpus, memoryGB, REF);
    }

    static ServerVersion server(String id, String version, AcceleratorFamily family, String image) {
        return new ServerVersion(id, version, family, image, LocalDate.of(2025, 10, 1), REF);
    }

    /** gemma-2-27b-it with vLLM on 4 x L4, GKE, from Hugging Face, no targets: GIQ's most common example. */
    public static DeploymentPlan gemmaOnL4() {
        return plan(GEMMA_2_27B, VLLM_GPU, L4, G2_STANDARD_48);
    }

    static DeploymentPlan plan(Model model, ServerVersion server, Accelerator accelerator, MachineType machine) {
        return new DeploymentPlan(
                model,
                server,
                accelerator,
                machine,
                null,
                null,
                "Chatbot (ShareGPT)",
                LatencyTargets.none(),
                Autoscaling.OFF,
                null,
                TargetPlatform.GKE,
                null);
    }

    public static DeploymentPlan withNamespace(DeploymentPlan p, String namespace) {
        return new DeploymentPlan(
                p.model(),
                p.server(),
                p.accelerator(),
                p.machineType(),
                namespace,
                p.name(),
                p.useCase(),
                p.targets(),
                p.autoscaling(),
                p.modelBucketUri(),
                p.platform(),
                p.monitoring());
    }

    public static DeploymentPlan withName(DeploymentPlan p, String name) {
        return new DeploymentPlan(
                p.model(),
                p.server(),
                p.accelerator(),
                p.machineType(),
                p.namespace(),
                name,
                p.useCase(),
                p.targets(),
                p.autoscaling(),
                p.modelBucketUri(),
                p.platform(),
                p.monitoring());
    }

    public static DeploymentPlan withBucket(DeploymentPlan p, String uri) {
        return new DeploymentPlan(
                p.model(),
                p.server(),
                p.accelerator(),
                p.machineType(),
                p.namespace(),
                p.name(),
                p.useCase(),
                p.targets(),
                p.autoscaling(),
                uri,
                p.platform(),
                p.monitoring());
    }

    public static DeploymentPlan onPlatform(DeploymentPlan p, TargetPlatform platform) {
        return new DeploymentPlan(
                p.model(),
                p.server(),
                p.accelerator(),
                p.machineType(),
                p.namespace(),
                p.name(),
                p.useCase(),
                p.targets(),
                p.autoscaling(),
                p.modelBucketUri(),
                platform,
                null);
    }

    public static DeploymentPlan withAutoscaling(DeploymentPlan p, LatencyTargets targets, Autoscaling autoscaling) {
        return new DeploymentPlan(
                p.model(),
                p.server(),
                p.accelerator(),
                p.machineType(),
                p.namespace(),
                p.name(),
                p.useCase(),
                targets,
                autoscaling,
                p.modelBucketUri(),
                p.platform(),
                p.monitoring());
    }

    public static DeploymentPlan withMonitoring(DeploymentPlan p, Monitoring monitoring) {
        return new DeploymentPlan(
                p.model(),
                p.server(),
                p.accelerator(),
                p.machineType(),
                p.namespace(),
                p.name(),
                p.useCase(),
                p.targets(),
                p.autoscaling(),
                p.modelBucketUri(),
                p.platform(),
                monitoring);
    }

    public static ManifestSet generate(DeploymentPlan plan) {
        return new ManifestGenerator(CLOCK).generate(plan);
    }
}
