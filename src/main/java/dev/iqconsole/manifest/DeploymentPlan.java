package dev.iqconsole.manifest;

import dev.iqconsole.catalog.Accelerator;
import dev.iqconsole.catalog.MachineType;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.catalog.ServerVersion;
import dev.iqconsole.profile.LatencyTargets;

/**
 * Everything the generator needs, already resolved from the catalog and the profiles engine. Validated by {@link
 * ManifestGenerator} before anything is built: see {@link InvalidPlanException}.
 *
 * @param model the model (Hugging Face id, gated, weights, context, KV bytes per token)
 * @param server the model server version: id ({@code vllm}, {@code sglang}, {@code tgi}), version, image, family
 * @param accelerator the accelerator chip (label, family, HBM per chip)
 * @param machineType the machine type: accelerator count per replica and TPU topology
 * @param namespace Kubernetes namespace; {@code null} or blank means {@code default}
 * @param name base name of every object ({@code <name>-deployment}, ...); {@code null} or blank derives {@code
 *     <model-short>-<server>} as GKE does
 * @param useCase the use case as the pages name it, e.g. {@code Chatbot (ShareGPT)}; shown in the notes
 * @param targets latency targets (p50); {@link LatencyTargets#none()} for none
 * @param autoscaling HPA inputs; {@link Autoscaling#OFF} for none
 * @param modelBucketUri {@code gs://bucket/path} holding {@code config.json} and the weights; {@code null} or blank
 *     loads from Hugging Face
 * @param platform GKE (default) or generic Kubernetes
 * @param monitoring which object asks Prometheus to scrape the server; {@code null} for the platform's default
 *     ({@link Monitoring#defaultFor})
 */
public record DeploymentPlan(
        Model model,
        ServerVersion server,
        Accelerator accelerator,
        MachineType machineType,
        String namespace,
        String name,
        String useCase,
        LatencyTargets targets,
        Autoscaling autoscaling,
        String modelBucketUri,
        TargetPlatform platform,
        Monitoring monitoring) {

    public DeploymentPlan {
        namespace = namespace == null || namespace.isBlank() ? "default" : namespace.strip();
        name = name == null || name.isBlank() ? null : name.strip();
        modelBucketUri = modelBucketUri == null || modelBucketUri.isBlank() ? null : modelBucketUri.strip();
        targets = targets == null ? LatencyTargets.none() : targets;
        autoscaling = autoscaling == null ? Autoscaling.OFF : autoscaling;
        platform = platform == null ? TargetPlatform.GKE : platform;
        monitoring = monitoring == null ? Monitoring.defaultFor(platform) : monitoring;
    }

    /** Accelerators per replica, which is also the tensor-parallel size. */
    public int acceleratorCount() {
        return machineType.acceleratorCount();
    }

    public boolean loadsFromBucket() {
        return modelBucketUri != null;
    }
}
