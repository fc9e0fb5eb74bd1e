package dev.iqconsole.manifest;

import static dev.iqconsole.manifest.Plans.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.iqconsole.profile.LatencyTargets;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed assertions on the objects read back from the generated YAML, per server, family, source and platform. */
class ManifestGeneratorTest {

    /** Reads every document back, so the assertions are about what is applied, not about the builder objects. */
    private static List<HasMetadata> parsed(ManifestSet set) {
        return set.documents().stream()
                .map(d -> ManifestYaml.parse(d.content()))
                .toList();
    }

    private static <T> T only(List<HasMetadata> objects, Class<T> type) {
        List<T> matches =
                objects.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(matches).as(type.getSimpleName()).hasSize(1);
        return matches.getFirst();
    }

    @Test
    void a_capped_context_is_what_the_server_starts_with_and_the_notes_say_why() {
        var set = generate(plan(QWEN3_32B, VLLM_GPU, H100, A3_HIGHGPU_1G));

        assertThat(container(only(parsed(set), Deployment.class)).getArgs()).contains("--max-model-len=24576");
        assertThat(set.notes())
                .contains("Context capped at 24576 tokens (the model allows 32768): the KV cache of one full-length"
                        + " sequence does not fit next to the weights in 1 x nvidia-h100-80gb; the full context needs"
                        + " 2 x nvidia-h100-80gb.");
    }

    private static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
    }

    private static PodSpec pod(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }

    @Test
    void vllm_on_gpu_from_hugging_face_follows_gke_naming_and_labels() {
        var objects = parsed(generate(gemmaOnL4()));

        assertThat(objects).extracting(HasMetadata::getKind).containsExactly("Deployment", "Service", "PodMonitoring");
        assertThat(objects)
                .extracting(o -> o.getMetadata().getName())
                .containsExactly(
                        "gemma-2-27b-it-vllm-deployment",
                        "gemma-2-27b-it-vllm-service",
                        "gemma-2-27b-it-vllm-podmonitoring");
        assertThat(objects).allSatisfy(o -> {
            assertThat(o.getMetadata().getNamespace()).isEqualTo("default");
            assertThat(o.getMetadata().getLabels())
                    .containsExactly(
                            entry("app", "gemma-2-27b-it-vllm-inference-server"),
                            entry("app.kubernetes.io/instance", "gemma-2-27b-it-vllm"),
                            entry("app.kubernetes.io/managed-by", "inference-quickstart-console"));
        });

        Deployment deployment = only(objects, Deployment.class);
        assertThat(deployment.getMetadata().getAnnotations())
                .containsExactly(entry(
                        "recommender.ai.gke.io/version",
                        "Generated on 2026-11-23 using:\nInference Quickstart Console manifest version 1\n"
                                + "Model server vllm v0.11.0"));
        assertThat(deployment.getSpec().getSelector().getMatchLabels())
                .containsExactly(
                        entry("app", "gemma-2-27b-it-vllm-inference-server"),
                        entry("deployment", "gemma-2-27b-it-vllm-deployment"));
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .contains(
                        entry("ai.gke.io/model", "gemma-2-27b-it"),
                        entry("ai.gke.io/inference-server", "vllm"),
                        entry("app.kubernetes.io/instance", "gemma-2-27b-it-vllm"));
        assertThat(pod(deployment).getNodeSelector())
                .containsExactly(entry("cloud.google.com/gke-accelerator", "nvidia-l4"));

        Container server = container(deployment);
        assertThat(server.getImage()).isEqualTo("vllm/vllm-openai:v0.11.0");
        assertThat(server.getCommand()).containsExactly("python3", "-m", "vllm.entrypoints.openai.api_server");
        assertThat(server.getArgs())
                .containsExactly(
                        "--model=google/gemma-2-27b-it",
                        "--tensor-parallel-size=4",
                        "--max-model-len=8192",
                        "--host=0.0.0.0",
                        "--port=8000");
        // 2 + 2 x 4 vCPUs; 4 + 2 x 4 + 8 (/dev/shm) + 50.7 (weights) GiB; 10 + 1.2 x 50.7 GiB of download cache
        assertThat(server.getResources().getRequests())
                .containsExactly(
                        entry("cpu", new Quantity("10")),
                        entry("memory", new Quantity("71Gi")),
                        entry("ephemeral-storage", new Quantity("71Gi")),
                        entry("nvidia.com/gpu", new Quantity("4")));
        assertThat(server.getResources().getLimits())
                .containsExactly(
                        entry("memory", new Quantity("71Gi")),
                        entry("ephemeral-storage", new Quantity("71Gi")),
                        entry("nvidia.com/gpu", new Quantity("4")));
        assertThat(server.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(server.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(server.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(server.getSecurityContext().getRunAsNonRoot())
                .as("the images run as root")
                .isNull();
        assertThat(server.getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getContainerPort()).isEqualTo(8000);
            assertThat(p.getName()).isEqualTo("http");
        });
        assertThat(List.of(server.getStartupProbe(), server.getReadinessProbe(), server.getLivenessProbe()))
                .allSatisfy(probe -> {
                    assertThat(probe.getHttpGet().getPath()).isEqualTo("/health");
                    assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
                });
        // 600 s + 50.7 GiB x 20.48 s/GiB = 1639 s -> 164 periods of 10 s
        assertThat(server.getStartupProbe().getFailureThreshold()).isEqualTo(164);
        assertThat(server.getVolumeMounts())
                .singleElement()
                .satisfies(m -> assertThat(m.getMountPath()).isEqualTo("/dev/shm"));
        assertThat(pod(deployment).getVolumes()).singleElement().satisfies(v -> {
            assertThat(v.getName()).isEqualTo("dshm");
            assertThat(v.getEmptyDir().getMedium()).isEqualTo("Memory");
            assertThat(v.getEmptyDir().getSizeLimit()).isEqualTo(new Quantity("8Gi"));
        });

        Service service = only(objects, Service.class);
        assertThat(service.getSpec().getType()).isEqualTo("ClusterIP");
        assertThat(service.getSpec().getSelector())
                .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(service.getSpec().getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getPort()).isEqualTo(8000);
            assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
        });

        var monitoring = only(objects, GenericKubernetesResource.class);
        assertThat(monitoring.getApiVersion()).isEqualTo("monitoring.googleapis.com/v1");
        assertThat(spec(monitoring))
                .isEqualTo(Map.of(
                        "selector",
                                Map.of(
                                        "matchLabels",
                                        deployment.getSpec().getSelector().getMatchLabels()),
                        "endpoints", List.of(Map.of("port", "http", "path", "/metrics", "interval", "15s"))));
    }

    @Test
    void gated_models_read_the_token_from_hf_secret_and_never_contain_it() {
        var set = generate(gemmaOnL4());
        Container server = container(only(parsed(set), Deployment.class));

        assertThat(server.getEnv()).singleElement().satisfies(env -> {
            assertThat(env.getName()).isEqualTo("HF_TOKEN");
            assertThat(env.getValue()).isNull();
            assertThat(env.getValueFrom().getSecretKeyRef().getName()).isEqualTo("hf-secret");
            assertThat(env.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("hf_api_token");
        });
        assertThat(set.notes())
                .contains("  kubectl create secret generic hf-secret --namespace=default"
                        + " --from-literal=hf_api_token=$HF_TOKEN");
    }

    @Test
    void open_models_get_no_token_reference() {
        var set = generate(plan(QWEN3_32B, VLLM_GPU, H100, A3_HIGHGPU_4G));
        assertThat(container(only(parsed(set), Deployment.class)).getEnv()).isNullOrEmpty();
        assertThat(set.yaml(OutputMode.ALL)).doesNotContain("hf-secret").doesNotContain("HF_TOKEN");
    }

    @Test
    void vllm_on_tpu_selects_the_slice_and_keeps_an_xla_cache() {
        var objects = parsed(generate(plan(LLAMA_3_8B, VLLM_TPU, V6E, CT6E_4T)));
        Deployment deployment = only(objects, Deployment.class);
        Container server = container(deployment);

        assertThat(pod(deployment).getNodeSelector())
                .containsExactly(
                        entry("cloud.google.com/gke-tpu-accelerator", "tpu-v6e-slice"),
                        entry("cloud.google.com/gke-tpu-topology", "2x2"));
        assertThat(server.getImage()).isEqualTo("vllm/vllm-tpu:v0.11.1");
        assertThat(server.getArgs()).contains("--tensor-parallel-size=4");
        assertThat(server.getResources().getRequests()).containsEntry("google.com/tpu", new Quantity("4"));
        assertThat(server.getResources().getLimits()).containsEntry("google.com/tpu", new Quantity("4"));
        assertThat(server.getEnv())
                .extracting(EnvVar::getName, EnvVar::getValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HF_TOKEN", null),
                        org.assertj.core.groups.Tuple.tuple("VLLM_XLA_CACHE_PATH", "/data"));
        assertThat(server.getVolumeMounts())
                .extracting(m -> m.getName() + ":" + m.getMountPath())
                .containsExactly("dshm:/dev/shm", "xla-cache:/data");
        // TPU: 1200 s (compilation) + 15 GiB x 20.48 s/GiB = 1508 s -> 151 periods
        assertThat(server.getStartupProbe().getFailureThreshold()).isEqualTo(151);
    }

    @Test
    void sglang_from_a_bucket_mounts_it_with_cloud_storage_fuse_and_a_service_account() {
        var plan = withNamespace(
                withBucket(plan(GEMMA_2_27B, SGLANG, H100, A3_HIGHGPU_1G), "gs://my-models/google/gemma-2-27b-it/"),
                "serving");
        var set = generate(plan);
        var objects = parsed(set);

        assertThat(objects)
                .extracting(HasMetadata::getKind)
                .containsExactly("ServiceAccount", "Deployment", "Service", "PodMonitoring");
        ServiceAccount account = only(objects, ServiceAccount.class);
        assertThat(account.getMetadata().getName()).isEqualTo("gemma-2-27b-it-sglang-sa");
        assertThat(account.getMetadata().getNamespace()).isEqualTo("serving");

        Deployment deployment = only(objects, Deployment.class);
        assertThat(pod(deployment).getServiceAccountName()).isEqualTo("gemma-2-27b-it-sglang-sa");
        assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
                .containsExactly(
                        entry("gke-gcsfuse/volumes", "true"),
                        entry("gke-gcsfuse/cpu-limit", "0"),
                        entry("gke-gcsfuse/memory-limit", "0"),
                        entry("gke-gcsfuse/ephemeral-storage-limit", "0"));
        var model = pod(deployment).getVolumes().stream()
                .filter(v -> v.getName().equals("model"))
                .findFirst()
                .orElseThrow();
        assertThat(model.getCsi().getDriver()).isEqualTo("gcsfuse.csi.storage.gke.io");
        assertThat(model.getCsi().getReadOnly()).isTrue();
        assertThat(model.getCsi().getVolumeAttributes())
                .containsEntry("bucketName", "my-models")
                .hasEntrySatisfying(
                        "mountOptions",
                        o -> assertThat(o)
                                .contains("file-cache:enable-parallel-downloads:true")
                                .endsWith(",only-dir:google/gemma-2-27b-it"));
        assertThat(pod(deployment).getVolumes())
                .extracting(v -> v.getName())
                .containsExactly("dshm", "model", "gke-gcsfuse-cache");

        Container server = container(deployment);
        assertThat(server.getImage()).isEqualTo("lmsysorg/sglang:v0.5.5");
        assertThat(server.getCommand()).containsExactly("python3", "-m", "sglang.launch_server");
        assertThat(server.getArgs())
                .containsExactly(
                        "--model-path=/gcs",
                        "--served-model-name=google/gemma-2-27b-it",
                        "--tp=1",
                        "--context-length=8192",
                        "--host=0.0.0.0",
                        "--port=8000",
                        "--enable-metrics");
        assertThat(server.getEnv()).as("a bucket needs no Hugging Face token").isNullOrEmpty();
        assertThat(server.getVolumeMounts())
                .filteredOn(m -> m.getName().equals("model"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.getMountPath()).isEqualTo("/gcs");
                    assertThat(m.getReadOnly()).isTrue();
                });
        assertThat(set.notes())
                .contains("  gcloud storage buckets add-iam-policy-binding gs://my-models"
                        + " --member=principal://iam.googleapis.com/projects/$PROJECT_NUMBER/locations/global/"
                        + "workloadIdentityPools/$PROJECT_ID.svc.id.goog/subject/ns/serving/sa/gemma-2-27b-it-sglang-sa"
                        + " --role=roles/storage.objectViewer");
    }

    @Test
    void tgi_on_generic_kubernetes_uses_nvidia_labels_and_a_service_monitor() {
        var set = generate(onPlatform(plan(LLAMA_3_8B, TGI, L4, G2_STANDARD_8), TargetPlatform.KUBERNETES));
        var objects = parsed(set);

        assertThat(objects)
                .extracting(o -> o.getKind() + " " + o.getApiVersion())
                .containsExactly("Deployment apps/v1", "Service v1", "ServiceMonitor monitoring.coreos.com/v1");
        Deployment deployment = only(objects, Deployment.class);
        assertThat(pod(deployment).getNodeSelector()).containsExactly(entry("nvidia.com/gpu.product", "NVIDIA-L4"));
        assertThat(pod(deployment).getTolerations()).singleElement().satisfies(t -> {
            assertThat(t.getKey()).isEqualTo("nvidia.com/gpu");
            assertThat(t.getOperator()).isEqualTo("Exists");
        });
        assertThat(deployment.getMetadata().getAnnotations()).containsOnlyKeys("inference-quickstart-console/version");
        assertThat(set.yaml(OutputMode.MANIFEST))
                .doesNotContain("gke.io")
                .doesNotContain("cloud.google.com")
                .doesNotContain("googleapis");

        Container server = container(deployment);
        assertThat(server.getImage()).isEqualTo("ghcr.io/huggingface/text-generation-inference:3.3.6");
        assertThat(server.getCommand())
                .as("the image's text-generation-launcher entrypoint")
                .isEmpty();
        assertThat(server.getArgs())
                .containsExactly(
                        "--model-id=meta-llama/Meta-Llama-3-8B",
                        "--num-shard=1",
                        "--max-total-tokens=8192",
                        "--hostname=0.0.0.0",
                        "--port=8000");
        assertThat(server.getResources().getRequests()).containsEntry("nvidia.com/gpu", new Quantity("1"));

        var monitor = only(objects, GenericKubernetesResource.class);
        assertThat(monitor.getMetadata().getName()).isEqualTo("meta-llama-3-8b-tgi-servicemonitor");
        Service service = only(objects, Service.class);
        assertThat(spec(monitor))
                .isEqualTo(Map.of(
                        "selector",
                        Map.of(
                                "matchLabels",
                                Map.of(
                                        "app", "meta-llama-3-8b-tgi-inference-server",
                                        "app.kubernetes.io/instance", "meta-llama-3-8b-tgi")),
                        "endpoints",
                        List.of(Map.of("port", "http", "path", "/metrics", "interval", "15s"))));
        assertThat(service.getMetadata().getLabels())
                .containsAllEntriesOf(Map.of(
                        "app",
                        "meta-llama-3-8b-tgi-inference-server",
                        "app.kubernetes.io/instance",
                        "meta-llama-3-8b-tgi"));
        assertThat(service.getSpec().getPorts().getFirst().getName()).isEqualTo("http");
        assertThat(set.notes())
                .anySatisfy(n -> assertThat(n).contains("NVIDIA device plugin"))
                .anySatisfy(n -> assertThat(n).contains("Prometheus Operator"));
    }

    @Test
    void generic_kubernetes_without_a_known_gpu_product_selects_no_product_and_says_so() {
        var set = generate(
                onPlatform(plan(LLAMA_3_8B, VLLM_GPU, RTX_PRO_6000, G4_STANDARD_48), TargetPlatform.KUBERNETES));
        assertThat(pod(only(parsed(set), Deployment.class)).getNodeSelector()).isNullOrEmpty();
        assertThat(set.notes())
                .contains("  No nvidia.com/gpu.product value is known for nvidia-rtx-pro-6000: pods go to any GPU node;"
                        + " add a nodeSelector if the cluster mixes GPU types.");
    }

    @Test
    void a_met_latency_target_adds_an_hpa_on_the_running_batch_with_a_20_percent_margin() {
        var plan =
                withAutoscaling(gemmaOnL4(), new LatencyTargets(50.0, null, null), Autoscaling.toMeetTarget(5, 23.7));
        var set = generate(plan);
        var hpa = only(parsed(set), HorizontalPodAutoscaler.class);

        assertThat(hpa.getApiVersion()).isEqualTo("autoscaling/v2");
        assertThat(hpa.getMetadata().getName()).isEqualTo("gemma-2-27b-it-vllm-hpa");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("gemma-2-27b-it-vllm-deployment");
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(1);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(5);
        assertThat(hpa.getSpec().getMetrics()).singleElement().satisfies(m -> {
            assertThat(m.getType()).isEqualTo("Pods");
            assertThat(m.getPods().getMetric().getName())
                    .isEqualTo("prometheus.googleapis.com|vllm:num_requests_running|gauge");
            assertThat(m.getPods().getTarget().getType()).isEqualTo("AverageValue");
            // floor(23.7 x 0.8) = 18
            assertThat(m.getPods().getTarget().getAverageValue()).isEqualTo(new Quantity("18"));
        });
        assertThat(set.notes())
                .contains("  " + DeployNotes.GKE_METRICS_ADAPTER_COMMAND)
                .anySatisfy(n -> assertThat(n).contains("23.7 requests in flight per replica"));
    }

    @Test
    void each_server_scales_on_its_own_batch_metric() {
        var targets = new LatencyTargets(null, 2000.0, null);
        var scaling = Autoscaling.toMeetTarget(3, 1.1);
        var sglang = only(
                parsed(generate(withAutoscaling(plan(LLAMA_3_8B, SGLANG, L4, G2_STANDARD_8), targets, scaling))),
                HorizontalPodAutoscaler.class);
        var tgi = only(
                parsed(generate(onPlatform(
                        withAutoscaling(plan(LLAMA_3_8B, TGI, L4, G2_STANDARD_8), targets, scaling),
                        TargetPlatform.KUBERNETES))),
                HorizontalPodAutoscaler.class);

        assertThat(sglang.getSpec()
                        .getMetrics()
                        .getFirst()
                        .getPods()
                        .getMetric()
                        .getName())
                .isEqualTo("prometheus.googleapis.com|sglang:num_running_reqs|gauge");
        assertThat(tgi.getSpec().getMetrics().getFirst().getPods().getMetric().getName())
                .as("prometheus-adapter exposes the Prometheus name")
                .isEqualTo("tgi_batch_current_size");
        assertThat(tgi.getSpec().getMetrics().getFirst().getPods().getTarget().getAverageValue())
                .as("never below one request")
                .isEqualTo(new Quantity("1"));
    }

    @Test
    void an_unreachable_latency_target_gives_no_hpa_and_a_note_why() {
        var set = generate(
                withAutoscaling(gemmaOnL4(), new LatencyTargets(5.0, null, null), Autoscaling.targetNotMet(5)));

        assertThat(set.objects()).noneMatch(o -> o instanceof HorizontalPodAutoscaler);
        assertThat(set.notes())
                .contains("No HorizontalPodAutoscaler: this profile cannot meet the latency target (NTPOT 5 ms) at any"
                        + " load, so no threshold would keep latency under it.");
    }

    @Test
    void autoscaling_without_a_latency_target_gives_no_hpa_and_a_note_why() {
        var set = generate(withAutoscaling(gemmaOnL4(), LatencyTargets.none(), new Autoscaling(true, 4, false, 0)));
        assertThat(set.objects()).noneMatch(o -> o instanceof HorizontalPodAutoscaler);
        assertThat(set.notes())
                .anySatisfy(n -> assertThat(n).startsWith("No HorizontalPodAutoscaler: autoscaling needs"));
    }

    @Test
    void monitoring_can_be_switched_off_or_to_a_service_monitor_on_any_platform() {
        assertThat(generate(withMonitoring(gemmaOnL4(), Monitoring.NONE)).objects())
                .extracting(HasMetadata::getKind)
                .containsExactly("Deployment", "Service");
        assertThat(generate(withMonitoring(gemmaOnL4(), Monitoring.SERVICE_MONITOR))
                        .objects())
                .extracting(HasMetadata::getKind)
                .containsExactly("Deployment", "Service", "ServiceMonitor");
        var portable = onPlatform(plan(LLAMA_3_8B, TGI, L4, G2_STANDARD_8), TargetPlatform.KUBERNETES);
        assertThat(generate(withMonitoring(portable, Monitoring.NONE)).notes())
                .anySatisfy(n -> assertThat(n).startsWith("- Nothing for monitoring"))
                .noneSatisfy(n -> assertThat(n).contains("Prometheus Operator"));
    }

    @Test
    void without_a_monitoring_object_the_notes_say_the_hpa_needs_another_collector() {
        var plan = withMonitoring(
                withAutoscaling(gemmaOnL4(), new LatencyTargets(50.0, null, null), Autoscaling.toMeetTarget(4, 23.7)),
                Monitoring.NONE);
        assertThat(generate(plan).notes())
                .anySatisfy(n -> assertThat(n).startsWith("No monitoring object is generated: the HPA only scales"));
    }

    @Test
    void large_models_from_hugging_face_cache_in_shared_memory_when_the_node_has_room() {
        var set = generate(plan(LLAMA_3_3_70B, VLLM_GPU, H100, A3_HIGHGPU_8G));
        Deployment deployment = only(parsed(set), Deployment.class);
        Container server = container(deployment);

        assertThat(server.getEnv()).extracting(EnvVar::getName).containsExactly("HF_TOKEN", "HF_HOME");
        assertThat(server.getEnv().get(1).getValue()).isEqualTo("/dev/shm/hf_cache");
        // ceil(131.5 x 1.1) = 145 for the cache, 2 per GPU for NCCL
        assertThat(pod(deployment).getVolumes().getFirst().getEmptyDir().getSizeLimit())
                .isEqualTo(new Quantity("161Gi"));
        // 4 + 2 x 8 + 161 + 131.5 = 312.5; the download goes to memory, so only the base ephemeral storage
        assertThat(server.getResources().getRequests())
                .containsEntry("memory", new Quantity("313Gi"))
                .containsEntry("ephemeral-storage", new Quantity("10Gi"));
        assertThat(set.notes()).anySatisfy(n -> assertThat(n).startsWith("Large model (131.5 GiB >= 90 GiB): HF_HOME"));
    }

    @Test
    void large_models_use_sized_ephemeral_storage_when_memory_is_short() {
        var smallMemory = machine("test-8g-small-memory", "nvidia-h100-80gb", 8, null, 64, 240);
        var set = generate(plan(LLAMA_3_3_70B, VLLM_GPU, H100, smallMemory));
        Container server = container(only(parsed(set), Deployment.class));

        assertThat(server.getEnv()).extracting(EnvVar::getName).containsExactly("HF_TOKEN");
        // 10 + ceil(131.5 x 1.2) = 168
        assertThat(server.getResources().getRequests()).containsEntry("ephemeral-storage", new Quantity("168Gi"));
        assertThat(server.getResources().getLimits()).containsEntry("ephemeral-storage", new Quantity("168Gi"));
        assertThat(set.notes())
                .anySatisfy(n -> assertThat(n).startsWith("Large model (131.5 GiB >= 90 GiB): 168Gi of ephemeral"));
    }

    @Test
    void a_name_override_names_every_object() {
        var objects = parsed(generate(withAutoscaling(
                withName(gemmaOnL4(), "chat"), new LatencyTargets(50.0, null, null), Autoscaling.toMeetTarget(2, 10))));
        assertThat(objects)
                .extracting(o -> o.getMetadata().getName())
                .containsExactly("chat-deployment", "chat-service", "chat-podmonitoring", "chat-hpa");
        assertThat(objects)
                .allSatisfy(o ->
                        assertThat(o.getMetadata().getLabels()).containsEntry("app.kubernetes.io/instance", "chat"));
    }

    @Test
    void output_modes_print_like_gcloud() {
        var set = generate(gemmaOnL4());
        String manifests =
                set.documents().stream().map(d -> d.content() + "\n---\n").reduce("", String::concat);
        String comments = String.join(
                "\n", set.notes().stream().map(n -> ("# " + n).stripTrailing()).toList());

        assertThat(set.yaml(OutputMode.MANIFEST)).isEqualTo(manifests).startsWith("apiVersion: apps/v1\n");
        assertThat(set.yaml(OutputMode.COMMENTS))
                .isEqualTo(comments)
                .startsWith("# Generated on 2026-11-23 using:\n# Inference Quickstart Console manifest version 1\n"
                        + "# Model server vllm v0.11.0\n#\n");
        assertThat(set.yaml(OutputMode.ALL)).isEqualTo(manifests + comments);
        assertThat(set.documents())
                .extracting(ManifestDocument::kind, ManifestDocument::apiVersion)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Deployment", "apps/v1"),
                        org.assertj.core.groups.Tuple.tuple("Service", "v1"),
                        org.assertj.core.groups.Tuple.tuple("PodMonitoring", "monitoring.googleapis.com/v1"));
        assertThat(set.manifestVersion()).isEqualTo("1");
    }

    @Test
    void output_is_deterministic() {
        var plan = withAutoscaling(
                withBucket(gemmaOnL4(), "gs://models-1/gemma"),
                new LatencyTargets(50.0, 1000.0, 20.0),
                Autoscaling.toMeetTarget(5, 12));
        String first = generate(plan).yaml(OutputMode.ALL);
        for (int i = 0; i < 20; i++) {
            assertThat(generate(plan).yaml(OutputMode.ALL)).isEqualTo(first);
        }
    }
}
