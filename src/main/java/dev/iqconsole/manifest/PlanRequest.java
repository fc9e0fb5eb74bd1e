package dev.iqconsole.manifest;

import dev.iqconsole.profile.LatencyTargets;

/**
 * What a user (the deploy page) or a client (the manifest API) asks to deploy, by name: the model, server and
 * accelerator GIQ's {@code manifests create} takes, plus this console's options. Built with {@link #builder} so that
 * each call site names what it sets and leaves the rest at the defaults below.
 *
 * @param modelServerVersion {@code null} for the most recently benchmarked version
 * @param machineType optional: picks one profile when several machine types carry the accelerator
 * @param name optional base name override for the generated objects
 * @param useCase use case API name or gcloud label; {@code null} for Chatbot (ShareGPT)
 * @param targets latency targets; none by default
 * @param pricingModel {@code null} for spot (only used to describe the profile)
 * @param autoscaling whether to add an HPA when the latency targets can be met; off by default
 * @param maxReplicas the HPA's maximum; 1 by default
 * @param platform the cluster the manifests are for; GKE by default, as GIQ
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

    /** A request for {@code model} served by {@code modelServer} on {@code acceleratorType}, the three GIQ requires. */
    public static Builder builder(String model, String modelServer, String acceleratorType) {
        return new Builder(model, modelServer, acceleratorType);
    }

    /** Sets the optional parts by name; unset ones keep the defaults the record's documentation gives. */
    public static final class Builder {
        private final String model;
        private final String modelServer;
        private final String acceleratorType;
        private String modelServerVersion;
        private String machineType;
        private String namespace;
        private String name;
        private String useCase;
        private LatencyTargets targets = LatencyTargets.none();
        private String pricingModel;
        private boolean autoscaling;
        private int maxReplicas = 1;
        private String modelBucketUri;
        private TargetPlatform platform = TargetPlatform.GKE;
        private Monitoring monitoring;
        private Integer averageInputLength;
        private Integer averageOutputLength;

        private Builder(String model, String modelServer, String acceleratorType) {
            this.model = model;
            this.modelServer = modelServer;
            this.acceleratorType = acceleratorType;
        }

        public Builder modelServerVersion(String modelServerVersion) {
            this.modelServerVersion = modelServerVersion;
            return this;
        }

        public Builder machineType(String machineType) {
            this.machineType = machineType;
            return this;
        }

        public Builder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder useCase(String useCase) {
            this.useCase = useCase;
            return this;
        }

        public Builder targets(LatencyTargets targets) {
            this.targets = targets;
            return this;
        }

        public Builder pricingModel(String pricingModel) {
            this.pricingModel = pricingModel;
            return this;
        }

        /** An HPA of at most {@code maxReplicas} replicas, when {@code enabled} and the targets can be met. */
        public Builder autoscaling(boolean enabled, int maxReplicas) {
            this.autoscaling = enabled;
            this.maxReplicas = maxReplicas;
            return this;
        }

        public Builder modelBucketUri(String modelBucketUri) {
            this.modelBucketUri = modelBucketUri;
            return this;
        }

        public Builder platform(TargetPlatform platform) {
            this.platform = platform;
            return this;
        }

        public Builder monitoring(Monitoring monitoring) {
            this.monitoring = monitoring;
            return this;
        }

        /** Both or neither: the profile is modeled at these average lengths instead of the use case's. */
        public Builder averageLengths(Integer input, Integer output) {
            this.averageInputLength = input;
            this.averageOutputLength = output;
            return this;
        }

        public PlanRequest build() {
            return new PlanRequest(
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
                    averageInputLength,
                    averageOutputLength);
        }
    }
}
