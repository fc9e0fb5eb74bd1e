package dev.iqconsole.deploy;

import dev.iqconsole.catalog.AcceleratorFamily;
import dev.iqconsole.manifest.ManifestSet;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import java.util.List;
import java.util.Map;

/**
 * Realistic objects as the manifest generator produces them (vLLM on one L4), for tests only. Named as the generator
 * names them ({@code <name>-deployment}, ...): the console finds a workload by its label, never by an object's name,
 * and a fixture whose names equal the label would hide a lookup by name.
 */
public final class Fixtures {

    public static final String TOKEN = "hf_TESTtokenNEVERlogged0123456789abcd";

    /** Someone who may do everything, as the one user of a console without login. */
    public static final Actor ANYONE = new Actor() {
        @Override
        public String name() {
            return "test user";
        }

        @Override
        public void requireChange(String context) {}
    };

    private Fixtures() {}

    public static DeployRequest request(String namespace, String name, String token) {
        return new DeployRequest(
                MockCluster.CONTEXT,
                namespace,
                name,
                "gemma-2-9b-it / vllm 0.8.5 / nvidia-l4",
                "NTPOT <= 50 ms",
                HfToken.of(token),
                true,
                "nvidia-l4",
                1,
                AcceleratorFamily.GPU);
    }

    /**
     * The request the deploy page makes for the real generator's objects: the workload is named by the label the
     * generator puts on each of them, not by any object's name.
     */
    public static DeployRequest requestFor(ManifestSet generated, String token) {
        HasMetadata any = generated.objects().getFirst();
        return new DeployRequest(
                MockCluster.CONTEXT,
                any.getMetadata().getNamespace(),
                any.getMetadata().getLabels().get("app.kubernetes.io/instance"),
                "",
                "",
                HfToken.of(token),
                token != null,
                "nvidia-l4",
                1,
                AcceleratorFamily.GPU);
    }

    /** Deployment, Service, PodMonitoring, HPA, deliberately out of order: the console must sort them. */
    public static List<HasMetadata> manifest(String name) {
        return List.of(hpa(name), podMonitoring(name), service(name), deployment(name));
    }

    public static Map<String, String> labels(String name) {
        return Map.of(
                "app",
                name,
                ManagedLabels.PROFILE_PREFIX + "model",
                "gemma-2-9b-it",
                ManagedLabels.PROFILE_PREFIX + "server",
                "vllm",
                ManagedLabels.PROFILE_PREFIX + "accelerator",
                "nvidia-l4");
    }

    public static Deployment deployment(String name) {
        return new DeploymentBuilder()
                .withNewMetadata()
                .withName(name + "-deployment")
                .withLabels(labels(name))
                .endMetadata()
                .withNewSpec()
                .withReplicas(1)
                .withNewSelector()
                .addToMatchLabels("app", name)
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .withLabels(labels(name))
                .endMetadata()
                .withNewSpec()
                .addToNodeSelector("cloud.google.com/gke-accelerator", "nvidia-l4")
                .addNewContainer()
                .withName("inference-server")
                .withImage(
                        "us-docker.pkg.dev/vertex-ai/vertex-vision-model-garden-dockers/pytorch-vllm-serve:20250312_0916_RC01")
                .withArgs("--model=google/gemma-2-9b-it", "--tensor-parallel-size=1", "--port=8000")
                .addNewEnv()
                .withName("MODEL_ID")
                .withValue("google/gemma-2-9b-it")
                .endEnv()
                .addNewEnv()
                .withName("HUGGING_FACE_HUB_TOKEN")
                .withNewValueFrom()
                .withNewSecretKeyRef()
                .withName(ManagedLabels.HF_SECRET)
                .withKey(ManagedLabels.HF_SECRET_KEY)
                .endSecretKeyRef()
                .endValueFrom()
                .endEnv()
                .addNewPort()
                .withContainerPort(8000)
                .withName("http")
                .endPort()
                .withNewResources()
                .addToRequests(Map.of(
                        "cpu",
                        new Quantity("4"),
                        "memory",
                        new Quantity("30Gi"),
                        "ephemeral-storage",
                        new Quantity("80Gi"),
                        "nvidia.com/gpu",
                        new Quantity("1")))
                .addToLimits(Map.of("nvidia.com/gpu", new Quantity("1")))
                .endResources()
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    public static Service service(String name) {
        return new ServiceBuilder()
                .withNewMetadata()
                .withName(name + "-service")
                .withLabels(labels(name))
                .endMetadata()
                .withNewSpec()
                .withType("ClusterIP")
                .addToSelector("app", name)
                .addNewPort()
                .withName("http")
                .withPort(8000)
                .withTargetPort(new IntOrString(8000))
                .endPort()
                .endSpec()
                .build();
    }

    public static GenericKubernetesResource podMonitoring(String name) {
        return new GenericKubernetesResourceBuilder()
                .withApiVersion("monitoring.googleapis.com/v1")
                .withKind("PodMonitoring")
                .withNewMetadata()
                .withName(name + "-podmonitoring")
                .withLabels(labels(name))
                .endMetadata()
                .withAdditionalProperties(Map.of(
                        "spec",
                        Map.of(
                                "selector", Map.of("matchLabels", Map.of("app", name)),
                                "endpoints", List.of(Map.of("port", 8000, "interval", "15s", "path", "/metrics")))))
                .build();
    }

    public static HorizontalPodAutoscaler hpa(String name) {
        return new HorizontalPodAutoscalerBuilder()
                .withNewMetadata()
                .withName(name + "-hpa")
                .withLabels(labels(name))
                .endMetadata()
                .withNewSpec()
                .withNewScaleTargetRef()
                .withApiVersion("apps/v1")
                .withKind("Deployment")
                .withName(name + "-deployment")
                .endScaleTargetRef()
                .withMinReplicas(1)
                .withMaxReplicas(4)
                .addNewMetric()
                .withType("Pods")
                .withNewPods()
                .withNewMetric()
                .withName("prometheus.googleapis.com|vllm:num_requests_waiting|gauge")
                .endMetric()
                .withNewTarget()
                .withType("AverageValue")
                .withAverageValue(new Quantity("10"))
                .endTarget()
                .endPods()
                .endMetric()
                .endSpec()
                .build();
    }
}
