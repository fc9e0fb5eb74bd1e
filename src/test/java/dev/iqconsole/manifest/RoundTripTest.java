package dev.iqconsole.manifest;

import static dev.iqconsole.manifest.Plans.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.catalog.Accelerator;
import dev.iqconsole.catalog.MachineType;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.catalog.ServerVersion;
import dev.iqconsole.profile.LatencyTargets;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every object of every valid combination (server x accelerator x source x platform x autoscaling) parses back into
 * its fabric8 type with no field fabric8 does not know, and serializes back to the same text.
 */
class RoundTripTest {

    private static final Map<String, Class<?>> TYPES = Map.of(
            "Deployment", Deployment.class,
            "Service", Service.class,
            "ServiceAccount", ServiceAccount.class,
            "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "PodMonitoring", GenericKubernetesResource.class,
            "ServiceMonitor", GenericKubernetesResource.class);

    /** Fields of the CRDs' spec we emit, from the published CRD schemas (GMP v1 PodMonitoring, prometheus-operator). */
    private static final Set<String> MONITOR_SPEC_FIELDS = Set.of("selector", "endpoints");

    private static final Set<String> ENDPOINT_FIELDS = Set.of("port", "path", "interval");

    /** All plans the generator accepts from the fixtures: the full matrix, invalid combinations filtered out. */
    static List<DeploymentPlan> allValidPlans() {
        List<Model> models = List.of(LLAMA_3_8B, GEMMA_2_27B, LLAMA_3_3_70B);
        List<ServerVersion> servers = List.of(VLLM_GPU, VLLM_TPU, SGLANG, TGI);
        List<Accelerator> accelerators = List.of(L4, H100, RTX_PRO_6000, V6E);
        List<MachineType> machines =
                List.of(G2_STANDARD_8, G2_STANDARD_48, A3_HIGHGPU_1G, A3_HIGHGPU_8G, G4_STANDARD_48, CT6E_4T);
        List<DeploymentPlan> plans = new ArrayList<>();
        for (Model model : models)
            for (ServerVersion server : servers)
                for (Accelerator accelerator : accelerators)
                    for (MachineType machine : machines)
                        for (String bucket : new String[] {null, "gs://models_bucket-1/x/y"})
                            for (TargetPlatform platform : TargetPlatform.values())
                                for (boolean hpa : new boolean[] {false, true}) {
                                    var p = onPlatform(
                                            withBucket(plan(model, server, accelerator, machine), bucket), platform);
                                    if (hpa) {
                                        p = withAutoscaling(
                                                p,
                                                new LatencyTargets(40.0, null, null),
                                                Autoscaling.toMeetTarget(8, 6.5));
                                    }
                                    plans.add(p);
                                }
        return plans.stream().filter(RoundTripTest::valid).toList();
    }

    private static boolean valid(DeploymentPlan plan) {
        try {
            PlanValidator.check(plan);
            return true;
        } catch (InvalidPlanException e) {
            return false;
        }
    }

    @Test
    void every_generated_object_parses_back_into_its_type_with_no_unknown_fields() {
        List<DeploymentPlan> plans = allValidPlans();
        assertThat(plans)
                .as("the matrix covers every server and family")
                .extracting(p -> p.server().serverId() + "/" + p.accelerator().family() + "/" + p.platform() + "/"
                        + (p.modelBucketUri() != null))
                .contains(
                        "vllm/GPU/GKE/true",
                        "vllm/GPU/KUBERNETES/false",
                        "vllm/TPU/GKE/false",
                        "vllm/TPU/GKE/true",
                        "sglang/GPU/GKE/true",
                        "sglang/GPU/KUBERNETES/false",
                        "tgi/GPU/GKE/true",
                        "tgi/GPU/KUBERNETES/false");
        int documents = 0;
        for (DeploymentPlan plan : plans) {
            for (ManifestDocument doc : generate(plan).documents()) {
                HasMetadata parsed = ManifestYaml.parse(doc.content());
                assertThat(parsed).as(doc.kind()).isExactlyInstanceOf(TYPES.get(doc.kind()));
                assertThat(parsed.getKind()).isEqualTo(doc.kind());
                assertThat(parsed.getApiVersion()).isEqualTo(doc.apiVersion());
                if (parsed instanceof GenericKubernetesResource monitor) {
                    assertKnownMonitorFields(monitor);
                } else {
                    assertThat(unknownFields(parsed, ""))
                            .as(doc.kind() + " of " + plan)
                            .isEmpty();
                }
                assertThat(ManifestYaml.toYaml(parsed)).isEqualTo(doc.content());
                documents++;
            }
        }
        assertThat(documents).isGreaterThan(200);
    }

    @Test
    void the_unknown_field_check_finds_unknown_fields() {
        var deployment = (Deployment) ManifestYaml.parse(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  replicaz: 2\n");
        assertThat(unknownFields(deployment, "")).containsExactly(".spec.replicaz");
    }

    @SuppressWarnings("unchecked")
    private static void assertKnownMonitorFields(GenericKubernetesResource monitor) {
        assertThat(monitor.getAdditionalProperties()).containsOnlyKeys("spec");
        var spec = (Map<String, Object>) monitor.getAdditionalProperties().get("spec");
        assertThat(spec.keySet()).isSubsetOf(MONITOR_SPEC_FIELDS);
        assertThat(((Map<String, Object>) spec.get("selector")).keySet()).containsExactly("matchLabels");
        for (Object endpoint : (List<Object>) spec.get("endpoints")) {
            assertThat(((Map<String, Object>) endpoint).keySet()).isSubsetOf(ENDPOINT_FIELDS);
        }
    }

    private static final ClassValue<List<Method>> GETTERS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getMethods())
                    .filter(m -> m.getParameterCount() == 0
                            && m.getName().startsWith("get")
                            && !Modifier.isStatic(m.getModifiers())
                            && m.getDeclaringClass() != Object.class)
                    .toList();
        }
    };

    /** Paths of values fabric8 kept in an {@code additionalProperties} map: fields its model does not know. */
    static List<String> unknownFields(Object object, String path) {
        List<String> unknown = new ArrayList<>();
        if (object == null || !object.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return unknown;
        }
        for (Method getter : GETTERS.get(object.getClass())) {
            Object value;
            try {
                value = getter.invoke(object);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String field = Character.toLowerCase(getter.getName().charAt(3))
                    + getter.getName().substring(4);
            if (field.equals("additionalProperties") && value instanceof Map<?, ?> extra) {
                extra.keySet().forEach(k -> unknown.add(path + "." + k));
            } else if (value instanceof Collection<?> items) {
                items.forEach(item -> unknown.addAll(unknownFields(item, path + "." + field + "[]")));
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> unknown.addAll(unknownFields(v, path + "." + field + "." + k)));
            } else {
                unknown.addAll(unknownFields(value, path + "." + field));
            }
        }
        return unknown;
    }
}
