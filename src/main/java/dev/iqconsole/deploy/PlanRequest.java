package dev.iqconsole.deploy;

import dev.iqconsole.manifest.Monitoring;
import dev.iqconsole.manifest.TargetPlatform;
import dev.iqconsole.profile.LatencyTargets;

/**
 * What a user (the deploy page) or a client (the manifest API) asks to deploy, by name: the model, server and
 * accelerator GIQ's {@code manifests create} takes, plus this console's options.
 *
 * @param modelServerVersion {@code null} for the most recently benchmarked version
 * @param machineType optional: picks one profile when several machine types carry the accelerator
 * @param name optional base name override for the generated objects
 * @param useCase use case API name or gcloud label; {@code null} for Chatbot (ShareGPT)
 * @param pricingModel {@code null} for spot (only used to describe the profile)
 * @param autoscaling whether to add an HPA when the latency targets can be met
 * @param monitoring {@code null} for the platform's default (GKE: PodMonitoring, as GIQ)
 * @param averageInputLength with {@code averageOutputLength}: the profile modeled for these average lengths instead
 *     of the use case's; {@code null} for the use case's
 */
public record PlanRequest(
        String model,
        String modelServer,
        String modelServerVersion,
        String acceleratorType,
        String machineType,
        String namespace,
        String name,
        String useCase,
        LatencyTargets targets,
        String pricingModel,
        boolean autoscaling,
        int maxReplicas,
        String modelBucketUri,
        TargetPlatform platform,
        Monitoring monitoring,
        Integer averageInputLength,
        Integer averageOutputLength) {

    public PlanRequest {
        targets = targets == null ? LatencyTargets.none() : targets;
    }

    /** A request for the use case's own average lengths. */
    public PlanRequest(
            String model,
            String modelServer,
            String modelServerVersion,
            String acceleratorType,
            String machineType,
            String namespace,
            String name,
            String useCase,
            LatencyTargets targets,
            String pricingModel,
            boolean autoscaling,
            int maxReplicas,
            String modelBucketUri,
            TargetPlatform platform,
            Monitoring monitoring) {
        this(
                model,
                modelServer,
                modelServerVersion,
                acceleratorType,
                machineType,
                namespace,
                name,
                useCase,
                targets,
                pricingModel,
                autoscaling,
                maxReplicas,
                modelBucketUri,
                platform,
                monitoring,
                null,
                null);
    }
}
