package dev.iqconsole.manifest;

import dev.iqconsole.catalog.AcceleratorFamily;

/** A validated plan with every decision the resources and the notes share, taken once. */
record Resolved(
        DeploymentPlan plan,
        ServerKind server,
        ObjectNames names,
        BucketUri bucket,
        HfCache hfCache,
        Integer hpaThreshold,
        int servedContextTokens,
        String versionText) {

    /** Where a large model from Hugging Face is cached while loading (GKE troubleshooting for models >= 90 GiB). */
    enum HfCache {
        /** Not a large Hugging Face model: the image's default cache. */
        DEFAULT,
        /** {@code HF_HOME=/dev/shm/hf_cache} with a sized memory-backed {@code /dev/shm}. */
        SHARED_MEMORY,
        /** The default cache on disk with a sized ephemeral-storage request. */
        EPHEMERAL_STORAGE
    }

    static Resolved of(DeploymentPlan plan, String versionText) {
        ServerKind server = ServerKind.byId(plan.server().serverId()).orElseThrow();
        BucketUri bucket = plan.loadsFromBucket() ? BucketUri.parse(plan.modelBucketUri()) : null;
        HfCache cache = HfCache.DEFAULT;
        if (bucket == null && Sizing.isLarge(plan.model())) {
            cache = Sizing.shmCacheFits(plan.model(), plan.machineType())
                    ? HfCache.SHARED_MEMORY
                    : HfCache.EPHEMERAL_STORAGE;
        }
        Autoscaling autoscaling = plan.autoscaling();
        Integer threshold = autoscaling.enabled()
                        && autoscaling.targetMet()
                        && !plan.targets().isEmpty()
                ? Sizing.hpaThreshold(autoscaling.concurrencyAtTarget())
                : null;
        int servedContext = Sizing.servedContextTokens(plan.model(), plan.accelerator(), plan.acceleratorCount());
        return new Resolved(
                plan, server, ObjectNames.of(plan, server), bucket, cache, threshold, servedContext, versionText);
    }

    boolean gke() {
        return plan.platform() == TargetPlatform.GKE;
    }

    boolean tpu() {
        return plan.accelerator().family() == AcceleratorFamily.TPU;
    }

    boolean needsHfToken() {
        return bucket == null && plan.model().gated();
    }

    boolean hasHpa() {
        return hpaThreshold != null;
    }

    /**
     * The metric name as the HPA sees it: Google Managed Prometheus' name through the Stackdriver adapter on GKE,
     * prometheus-adapter's when the Prometheus Operator scrapes (any platform).
     */
    String hpaMetricName() {
        boolean managedPrometheus = gke() && plan.monitoring() != Monitoring.SERVICE_MONITOR;
        return managedPrometheus
                ? "prometheus.googleapis.com|" + server.batchMetric() + "|gauge"
                : server.batchMetric();
    }
}
