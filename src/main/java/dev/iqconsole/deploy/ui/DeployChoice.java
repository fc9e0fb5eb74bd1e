package dev.iqconsole.deploy.ui;

import dev.iqconsole.manifest.Monitoring;
import dev.iqconsole.manifest.TargetPlatform;
import dev.iqconsole.profile.LatencyTargets;
import dev.iqconsole.profile.ProfileOrder;

/**
 * What the deploy page's fields say, already parsed; the token is not part of it (it only ever reaches the Secret).
 *
 * @param modelServerVersion blank for the most recently benchmarked version
 * @param name blank derives {@code <model-short>-<server>}
 * @param bucket {@code null} to load from Hugging Face
 * @param useCase the use case's API name; {@code null} with custom lengths
 * @param averageInputLength with {@code averageOutputLength}: custom average lengths; {@code null} for the use case's
 * @param includeUnpriced whether the recommendation may be a machine without a price for the pricing model
 */
record DeployChoice(
        String model,
        String useCase,
        LatencyTargets targets,
        String pricingModel,
        ProfileOrder order,
        String modelServer,
        String modelServerVersion,
        String machineType,
        String accelerator,
        String namespace,
        String name,
        String bucket,
        TargetPlatform platform,
        Monitoring monitoring,
        boolean autoscaling,
        int maxReplicas,
        Integer averageInputLength,
        Integer averageOutputLength,
        boolean includeUnpriced) {

    /** A choice that recommends priced machines only, as the page does until the user asks otherwise. */
    DeployChoice(
            String model,
            String useCase,
            LatencyTargets targets,
            String pricingModel,
            ProfileOrder order,
            String modelServer,
            String modelServerVersion,
            String machineType,
            String accelerator,
            String namespace,
            String name,
            String bucket,
            TargetPlatform platform,
            Monitoring monitoring,
            boolean autoscaling,
            int maxReplicas,
            Integer averageInputLength,
            Integer averageOutputLength) {
        this(
                model,
                useCase,
                targets,
                pricingModel,
                order,
                modelServer,
                modelServerVersion,
                machineType,
                accelerator,
                namespace,
                name,
                bucket,
                platform,
                monitoring,
                autoscaling,
                maxReplicas,
                averageInputLength,
                averageOutputLength,
                false);
    }
}
