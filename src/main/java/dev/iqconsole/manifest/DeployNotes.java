package dev.iqconsole.manifest;

import java.util.ArrayList;
import java.util.List;

/**
 * The comments that come with the manifests: the header, what was chosen and why, and what the cluster needs first.
 * Lines without the {@code # } prefix (added when printed, as gcloud does). Never contains a secret: the Hugging
 * Face token appears only as {@code $HF_TOKEN}, to be filled in by the user's shell.
 */
final class DeployNotes {

    /** Google's documented cluster command for managed Prometheus and auto-monitoring (docs/reference/gke-inference-quickstart.md §5.8). */
    static final String GKE_MONITORING_COMMAND = "gcloud container clusters update $CLUSTER_NAME --project=$PROJECT_ID"
            + " --location=$LOCATION --enable-managed-prometheus --logging=SYSTEM,WORKLOAD"
            + " --monitoring=SYSTEM,DEPLOYMENT,HPA,POD,DCGM --auto-monitoring-scope=ALL";

    static final String GKE_METRICS_ADAPTER_COMMAND = "kubectl apply -f https://raw.githubusercontent.com/"
            + "GoogleCloudPlatform/k8s-stackdriver/master/custom-metrics-stackdriver-adapter/deploy/production/"
            + "adapter_new_resource_model.yaml";

    private final Resolved r;
    private final DeploymentPlan plan;
    private final List<String> lines = new ArrayList<>();

    private DeployNotes(Resolved resolved) {
        this.r = resolved;
        this.plan = resolved.plan();
    }

    static List<String> of(Resolved resolved) {
        var notes = new DeployNotes(resolved);
        notes.header();
        notes.summary();
        notes.clusterPrerequisites();
        notes.modelSource();
        notes.resources();
        notes.autoscaling();
        notes.startup();
        return List.copyOf(notes.lines);
    }

    private void header() {
        lines.addAll(r.versionText().lines().toList());
        lines.add("");
    }

    private void summary() {
        var machine = plan.machineType();
        String topology = r.tpu() ? ", topology " + machine.tpuTopology() : "";
        lines.add("Model " + plan.model().id() + " on " + machine.acceleratorCount() + " x "
                + plan.accelerator().label()
                + topology + " (" + machine.name() + ") per replica, tensor parallelism " + machine.acceleratorCount()
                + (plan.useCase() == null ? "" : ", use case " + plan.useCase()) + ".");
        lines.add("Platform: " + (r.gke() ? "GKE" : "Kubernetes (no GKE-only labels, annotations or drivers)")
                + "; namespace " + plan.namespace() + "; objects labelled " + ObjectNames.INSTANCE_KEY + "="
                + r.names().base() + ".");
        int served = r.servedContextTokens();
        if (served < plan.model().maxContextTokens()) {
            int full = Sizing.acceleratorsNeeded(Sizing.requiredGib(plan.model()), plan.accelerator());
            lines.add("Context capped at " + served + " tokens (the model allows "
                    + plan.model().maxContextTokens()
                    + "): the KV cache of one full-length sequence does not fit next to the weights in "
                    + machine.acceleratorCount() + " x " + plan.accelerator().label() + "; the full context needs "
                    + (full >= 1024 ? "more than 512" : String.valueOf(full)) + " x "
                    + plan.accelerator().label()
                    + ".");
        }
    }

    private void clusterPrerequisites() {
        lines.add("");
        lines.add("Before deploying:");
        if (!plan.namespace().equals("default")) {
            lines.add("- Create the namespace: kubectl create namespace " + plan.namespace());
        }
        if (r.gke()) {
            lines.add(
                    "- A node pool (or ComputeClass) with " + plan.accelerator().label() + " on "
                            + plan.machineType().name() + ", with quota for " + plan.acceleratorCount() + " x "
                            + plan.accelerator().label() + " per replica.");
        } else {
            lines.add("- The NVIDIA device plugin (or NVIDIA GPU Operator) so nodes offer nvidia.com/gpu, with GPU"
                    + " feature discovery for the " + InferencePod.GFD_PRODUCT + " node label.");
            InferencePod.gfdProduct(plan.accelerator().label())
                    .ifPresentOrElse(
                            product -> lines.add("  Pods are placed on nodes labelled " + InferencePod.GFD_PRODUCT + "="
                                    + product + "."),
                            () -> lines.add("  No " + InferencePod.GFD_PRODUCT + " value is known for "
                                    + plan.accelerator().label() + ": pods go to any GPU node; add a nodeSelector if"
                                    + " the cluster mixes GPU types."));
        }
        monitoringPrerequisites();
    }

    private void monitoringPrerequisites() {
        switch (plan.monitoring()) {
            case POD_MONITORING -> {
                lines.add("- Google Cloud Managed Service for Prometheus (the PodMonitoring needs its CRD), e.g.:");
                lines.add("  " + GKE_MONITORING_COMMAND);
                lines.add("  If PodMonitoring objects already exist for this workload, remove them before enabling"
                        + " auto-monitoring to avoid double collection.");
            }
            case SERVICE_MONITOR ->
                lines.add("- The Prometheus Operator (monitoring.coreos.com/v1 CRDs) for the ServiceMonitor; check that"
                        + " your Prometheus' serviceMonitorSelector matches its labels.");
            case NONE ->
                lines.add("- Nothing for monitoring: no PodMonitoring or ServiceMonitor is generated, so the server's "
                        + ServerKind.METRICS_PATH + " is scraped only if the cluster does so on its own.");
        }
    }

    /** What the container asks of the node, and where the figures come from. */
    private void resources() {
        var res = PodResources.of(r);
        var machine = plan.machineType();
        lines.add("");
        lines.add("Resources per replica: " + res.acceleratorCount() + " " + res.acceleratorResource() + ", "
                + res.cpu() + " CPU (request, no limit), " + res.memoryGib() + "Gi memory and "
                + res.ephemeralStorageGib() + "Gi ephemeral storage (request = limit), /dev/shm " + res.shmGib()
                + "Gi.");
        if (machine.vcpus() == null || machine.memoryGB() == null) {
            lines.add("The catalog does not give " + machine.name() + "'s vCPUs or memory, so CPU and memory are the"
                    + " server's needs alone; lower them if the node cannot hold them.");
        } else if (res.memoryCapped()) {
            lines.add("Memory is capped at what " + machine.name() + " leaves after the kubelet's reservation and"
                    + " DaemonSets; the estimate for this model is higher, so watch for OOMKilled restarts.");
        } else {
            var node = NodeBudget.of(machine);
            lines.add("What the server needs, within what " + machine.name() + " (" + machine.vcpus() + " vCPUs, "
                    + PlainNumbers.plain(machine.memoryGB())
                    + " GB) leaves after the kubelet's reservation and room for"
                    + " DaemonSets (" + PlainNumbers.oneDecimal(node.cpus()) + " vCPUs, "
                    + PlainNumbers.oneDecimal(node.memoryGib())
                    + " GiB); on smaller nodes lower the requests, or the pod stays Pending.");
        }
    }

    private void modelSource() {
        lines.add("");
        if (r.bucket() != null) {
            bucketSource();
            return;
        }
        lines.add("Model source: Hugging Face (" + plan.model().id() + ").");
        if (r.needsHfToken()) {
            lines.add("The model is gated: accept its license on huggingface.co, then create the token Secret the"
                    + " Deployment reads (" + InferencePod.HF_SECRET + ", key " + InferencePod.HF_SECRET_KEY + "):");
            lines.add("  kubectl create secret generic " + InferencePod.HF_SECRET + " --namespace=" + plan.namespace()
                    + " --from-literal=" + InferencePod.HF_SECRET_KEY + "=$HF_TOKEN");
        }
        switch (r.hfCache()) {
            case SHARED_MEMORY ->
                lines.add("Large model (" + PlainNumbers.oneDecimal(plan.model().weightsGiB()) + " GiB >= "
                        + PlainNumbers.plain(Sizing.LARGE_MODEL_GIB)
                        + " GiB): HF_HOME=/dev/shm/hf_cache, so the download"
                        + " goes to memory, not the boot disk; /dev/shm holds a " + Sizing.shmCacheGib(plan.model())
                        + "Gi cache and the memory request includes it (it fits in half of "
                        + plan.machineType().name()
                        + "'s memory).");
            case EPHEMERAL_STORAGE ->
                lines.add("Large model (" + PlainNumbers.oneDecimal(plan.model().weightsGiB()) + " GiB >= "
                        + PlainNumbers.plain(Sizing.LARGE_MODEL_GIB) + " GiB): "
                        + PodResources.of(r).ephemeralStorageGib()
                        + "Gi of ephemeral storage is requested for the download cache (an in-memory cache would"
                        + " take more than half of " + plan.machineType().name() + "'s memory); the node's boot disk"
                        + " must be large enough.");
            case DEFAULT -> {}
        }
    }

    private void bucketSource() {
        var bucket = r.bucket();
        lines.add("Model source: " + bucket.uri() + ", mounted read-only at " + InferencePod.GCS_MOUNT
                + " by the Cloud Storage FUSE CSI driver (enable it on the cluster: --addons GcsFuseCsiDriver) and"
                + " served as " + plan.model().id() + ".");
        lines.add("Grant the Kubernetes service account " + r.names().serviceAccount() + " read access (Workload"
                + " Identity Federation for GKE must be enabled):");
        lines.add("  gcloud storage buckets add-iam-policy-binding gs://" + bucket.bucket()
                + " --member=principal://iam.googleapis.com/projects/$PROJECT_NUMBER/locations/global/"
                + "workloadIdentityPools/$PROJECT_ID.svc.id.goog/subject/ns/" + plan.namespace() + "/sa/"
                + r.names().serviceAccount() + " --role=roles/storage.objectViewer");
    }

    private void autoscaling() {
        var autoscaling = plan.autoscaling();
        if (!autoscaling.enabled()) return;
        lines.add("");
        if (plan.targets().isEmpty()) {
            lines.add("No HorizontalPodAutoscaler: autoscaling needs a latency target (NTPOT, TTFT or ITL) to derive"
                    + " its threshold.");
            return;
        }
        if (!r.hasHpa()) {
            lines.add("No HorizontalPodAutoscaler: this profile cannot meet the latency target ("
                    + plan.targets().describe() + ") at any load, so no threshold would keep latency under it.");
            return;
        }
        String metric = r.server().batchMetric();
        lines.add("HorizontalPodAutoscaler " + r.names().hpa() + ": 1 to " + autoscaling.maxReplicas()
                + " replicas on the per-pod average of " + metric + ", target " + r.hpaThreshold() + ".");
        lines.add("Threshold: at the latency target (" + plan.targets().describe() + ") the curve gives "
                + PlainNumbers.oneDecimal(autoscaling.concurrencyAtTarget())
                + " requests in flight per replica (Little's law: QPS x latency), less a "
                + Math.round(Sizing.HPA_SAFETY_MARGIN * 100) + "% safety margin because new replicas take minutes"
                + " to start.");
        lines.add(
                "The running batch is used rather than the queue (" + r.server().queueMetric()
                        + ") because below saturation the queue stays near zero while latency already rises with the batch.");
        if (plan.monitoring() == Monitoring.NONE) {
            lines.add("No monitoring object is generated: the HPA only scales if something else collects " + metric
                    + " (e.g. GKE auto-monitoring or your own scrape configuration).");
        }
        if (r.hpaMetricName().startsWith("prometheus.googleapis.com")) {
            lines.add("The HPA reads the metric from Cloud Monitoring: deploy the Custom Metrics Stackdriver Adapter:");
            lines.add("  " + GKE_METRICS_ADAPTER_COMMAND);
        } else {
            lines.add("The HPA reads the metric through the custom metrics API: install prometheus-adapter with a rule"
                    + " exposing " + metric + " per pod (seriesQuery '" + metric
                    + "{namespace!=\"\",pod!=\"\"}', name as is).");
        }
    }

    private void startup() {
        lines.add("");
        lines.add("The startup probe allows " + Sizing.startupBudgetSeconds(plan.model(), r.tpu()) / 60
                + " minutes for the image pull, " + (r.tpu() ? "XLA compilation" : "warm-up")
                + " and loading " + PlainNumbers.oneDecimal(plan.model().weightsGiB())
                + " GiB of weights before the pod"
                + " is restarted.");
    }
}
