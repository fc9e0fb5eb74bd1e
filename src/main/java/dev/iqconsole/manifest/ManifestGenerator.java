package dev.iqconsole.manifest;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deployment plan to the Kubernetes objects GIQ's {@code manifests create} returns (docs/reference/gke-inference-quickstart.md §3.7, §5), in apply
 * order, plus the deploy notes. A pure function of the plan and the clock's date: no I/O, no string templates.
 *
 * <p>Objects, in order: ServiceAccount (Cloud Storage source only), Deployment, Service, PodMonitoring or
 * ServiceMonitor as the plan's {@link Monitoring} says (GKE's default: PodMonitoring), HorizontalPodAutoscaler (only
 * for a latency target the profile meets).
 */
public final class ManifestGenerator {

    /** Version of the generated layout, returned as the API's {@code manifestVersion}. Bump when output changes. */
    public static final String MANIFEST_VERSION = "1";

    static final String GENERATOR = "Inference Quickstart Console";
    static final String GKE_VERSION_ANNOTATION = ObjectNames.VERSION_ANNOTATION;
    static final String PORTABLE_VERSION_ANNOTATION = "inference-quickstart-console/version";
    static final String SCRAPE_INTERVAL = "15s";

    private final Clock clock;

    /** @param clock gives the date of the {@code Generated on} header; fixed in tests */
    public ManifestGenerator(Clock clock) {
        this.clock = clock;
    }

    /**
     * @throws InvalidPlanException listing every problem of the plan (field and message) when it is not valid
     */
    public ManifestSet generate(DeploymentPlan plan) {
        PlanValidator.check(plan);
        Resolved r = Resolved.of(plan, versionText(plan));
        List<HasMetadata> objects = new ArrayList<>();
        if (r.bucket() != null) objects.add(serviceAccount(r));
        objects.add(deployment(r));
        objects.add(service(r));
        switch (plan.monitoring()) {
            case POD_MONITORING -> objects.add(podMonitoring(r));
            case SERVICE_MONITOR -> objects.add(serviceMonitor(r));
            case NONE -> {}
        }
        if (r.hasHpa()) objects.add(hpa(r));
        return new ManifestSet(objects, DeployNotes.of(r), MANIFEST_VERSION);
    }

    /**
     * The plan's objects behind a serving stack (llm-d): see {@link InferenceGateway}.
     *
     * @throws InvalidPlanException when the stack does not run the plan's server or accelerator, or no Gateway class
     *     is known off GKE
     */
    public ManifestSet generate(DeploymentPlan plan, ServingStackPlan stack) {
        ManifestSet base = generate(plan);
        List<InvalidPlanException.Problem> problems = new ArrayList<>();
        if (!stack.stack().supports(plan.server().serverId(), plan.accelerator().family())) {
            problems.add(new InvalidPlanException.Problem(
                    "servingStack",
                    stack.stack().id() + " routes to "
                            + String.join(
                                    ", ",
                                    stack.stack().modelServers().stream()
                                            .sorted()
                                            .toList())
                            + " on " + stack.stack().families() + ", not "
                            + plan.server().serverId() + " on "
                            + plan.accelerator().family()));
        }
        if (stack.gatewayClass(plan.platform()) == null) {
            problems.add(new InvalidPlanException.Problem(
                    "gatewayClassName",
                    "is required off GKE: the GatewayClass of the cluster's Gateway controller (e.g. istio,"
                            + " kgateway)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
        Resolved r = Resolved.of(
                plan, versionText(plan) + "\nServing stack " + stack.stack().id());
        var gateway = new InferenceGateway(r, stack);
        List<String> notes = new ArrayList<>(base.notes());
        notes.addAll(StackNotes.of(r, gateway, stack));
        return new ManifestSet(gateway.objects(base.objects()), notes, MANIFEST_VERSION);
    }

    /** GIQ's header (docs/reference/gke-inference-quickstart.md §5.1); we cannot know the cluster or driver version, so those lines are left out. */
    private String versionText(DeploymentPlan plan) {
        return String.join(
                "\n",
                "Generated on " + LocalDate.now(clock) + " using:",
                GENERATOR + " manifest version " + MANIFEST_VERSION,
                "Model server " + plan.server().serverId() + " " + plan.server().version());
    }

    private static ObjectMeta metadata(Resolved r, String name) {
        return new ObjectMetaBuilder()
                .withName(name)
                .withNamespace(r.plan().namespace())
                .withLabels(r.names().commonLabels())
                .build();
    }

    /** Bound to a Google service account or given bucket access by the IAM command in the notes. */
    private static ServiceAccount serviceAccount(Resolved r) {
        return new ServiceAccountBuilder()
                .withMetadata(metadata(r, r.names().serviceAccount()))
                .build();
    }

    private static Deployment deployment(Resolved r) {
        ObjectMeta meta = metadata(r, r.names().deployment());
        meta.setAnnotations(Map.of(r.gke() ? GKE_VERSION_ANNOTATION : PORTABLE_VERSION_ANNOTATION, r.versionText()));
        return new DeploymentBuilder()
                .withMetadata(meta)
                .withNewSpec()
                .withReplicas(1)
                .withNewSelector()
                .withMatchLabels(r.names().selector())
                .endSelector()
                .withTemplate(new InferencePod(r).template())
                .endSpec()
                .build();
    }

    private static Service service(Resolved r) {
        return new ServiceBuilder()
                .withMetadata(metadata(r, r.names().service()))
                .withNewSpec()
                .withType("ClusterIP")
                .withSelector(r.names().selector())
                .addNewPort()
                .withName(InferencePod.PORT_NAME)
                .withProtocol("TCP")
                .withPort(ServerKind.PORT)
                // the container port's name: a server started on another port keeps working
                .withTargetPort(new IntOrString(InferencePod.PORT_NAME))
                .endPort()
                .endSpec()
                .build();
    }

    /** Google Managed Prometheus scrapes the pods directly (monitoring.googleapis.com/v1). */
    private static GenericKubernetesResource podMonitoring(Resolved r) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("selector", Map.of("matchLabels", r.names().selector()));
        spec.put("endpoints", List.of(endpoint()));
        return new GenericKubernetesResourceBuilder()
                .withApiVersion("monitoring.googleapis.com/v1")
                .withKind("PodMonitoring")
                .withMetadata(metadata(r, r.names().podMonitoring()))
                .addToAdditionalProperties("spec", spec)
                .build();
    }

    /** Prometheus Operator scrapes through the Service's named port (monitoring.coreos.com/v1). */
    private static GenericKubernetesResource serviceMonitor(Resolved r) {
        Map<String, String> serviceLabels = new LinkedHashMap<>();
        serviceLabels.put("app", r.names().app());
        serviceLabels.put(ObjectNames.INSTANCE_KEY, r.names().base());
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("selector", Map.of("matchLabels", serviceLabels));
        spec.put("endpoints", List.of(endpoint()));
        return new GenericKubernetesResourceBuilder()
                .withApiVersion("monitoring.coreos.com/v1")
                .withKind("ServiceMonitor")
                .withMetadata(metadata(r, r.names().serviceMonitor()))
                .addToAdditionalProperties("spec", spec)
                .build();
    }

    private static Map<String, Object> endpoint() {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("port", InferencePod.PORT_NAME);
        endpoint.put("path", ServerKind.METRICS_PATH);
        endpoint.put("interval", SCRAPE_INTERVAL);
        return endpoint;
    }

    /** Scales on the per-pod average of the server's running-batch size; threshold from {@link Sizing#hpaThreshold}. */
    private static HorizontalPodAutoscaler hpa(Resolved r) {
        return new HorizontalPodAutoscalerBuilder()
                .withMetadata(metadata(r, r.names().hpa()))
                .withNewSpec()
                .withNewScaleTargetRef()
                .withApiVersion("apps/v1")
                .withKind("Deployment")
                .withName(r.names().deployment())
                .endScaleTargetRef()
                .withMinReplicas(1)
                .withMaxReplicas(r.plan().autoscaling().maxReplicas())
                .addNewMetric()
                .withType("Pods")
                .withNewPods()
                .withNewMetric()
                .withName(r.hpaMetricName())
                .endMetric()
                .withNewTarget()
                .withType("AverageValue")
                .withAverageValue(new Quantity(Integer.toString(r.hpaThreshold())))
                .endTarget()
                .endPods()
                .endMetric()
                .endSpec()
                .build();
    }
}
