package dev.iqconsole.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RolloutExplainerTest {

    static Deployment deployment(int ready) {
        return new DeploymentBuilder(Fixtures.deployment("gemma"))
                .editMetadata()
                .withNamespace("models")
                .endMetadata()
                .withNewStatus()
                .withReadyReplicas(ready)
                .endStatus()
                .build();
    }

    static Pod pod(String phase, String waitingReason, String waitingMessage, int restarts) {
        var builder = new PodBuilder()
                .withNewMetadata()
                .withName("gemma-abc")
                .withNamespace("models")
                .endMetadata()
                .withNewStatus()
                .withPhase(phase)
                .endStatus();
        if (waitingReason != null) {
            builder.editStatus()
                    .addToContainerStatuses(new ContainerStatusBuilder()
                            .withName("inference-server")
                            .withImage("vllm/vllm-openai:v0.8.5")
                            .withRestartCount(restarts)
                            .withNewState()
                            .withNewWaiting()
                            .withReason(waitingReason)
                            .withMessage(waitingMessage)
                            .endWaiting()
                            .endState()
                            .withNewLastState()
                            .withNewTerminated()
                            .withExitCode(1)
                            .withReason("Error")
                            .endTerminated()
                            .endLastState()
                            .build())
                    .endStatus();
        }
        return builder.build();
    }

    static Event event(String reason, String message) {
        return new EventBuilder()
                .withNewMetadata()
                .withName("e1")
                .endMetadata()
                .withReason(reason)
                .withMessage(message)
                .withNewInvolvedObject()
                .withKind("Pod")
                .withName("gemma-abc")
                .endInvolvedObject()
                .build();
    }

    static RolloutStatus explain(Pod pod, List<Event> events, List<String> logs) {
        return RolloutExplainer.explain(
                new RolloutSnapshot(deployment(0), List.of(pod), events, Map.of("gemma-abc", logs)));
    }

    @Test
    void insufficient_gpus_are_explained_with_the_autoscaling_fix() {
        var status = explain(
                pod("Pending", null, null, 0),
                List.of(event(
                        "FailedScheduling",
                        "0/3 nodes are available: 3 Insufficient nvidia.com/gpu. preemption: 0/3 nodes are available")),
                List.of());
        assertThat(status.phase()).isEqualTo(RolloutStatus.Phase.FAILING);
        assertThat(status.diagnoses()).singleElement().satisfies(d -> {
            assertThat(d.problem()).startsWith("No node has enough free nvidia.com/gpu for the pod");
            assertThat(d.fix()).contains("node auto-provisioning").contains("quota");
        });
    }

    @Test
    void a_missing_accelerator_label_is_explained() {
        var status = explain(
                pod("Pending", null, null, 0),
                List.of(event(
                        "FailedScheduling",
                        "0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector.")),
                List.of());
        assertThat(status.diagnoses())
                .singleElement()
                .extracting(Diagnosis::problem)
                .asString()
                .startsWith("No node carries the requested accelerator label");
    }

    @Test
    void image_pull_errors_name_the_image() {
        var status = explain(pod("Pending", "ImagePullBackOff", "Back-off pulling image", 0), List.of(), List.of());
        assertThat(status.diagnoses())
                .singleElement()
                .extracting(Diagnosis::problem)
                .asString()
                .isEqualTo(
                        "The image vllm/vllm-openai:v0.8.5 cannot be pulled (ImagePullBackOff): Back-off pulling image");
    }

    @Test
    void a_crash_loop_shows_the_last_log_lines() {
        List<String> logs = List.of("INFO starting", "RuntimeError: CUDA error: no kernel image is available");
        var status = explain(pod("Running", "CrashLoopBackOff", "back-off 5m0s", 6), List.of(), logs);
        assertThat(status.diagnoses()).singleElement().satisfies(d -> {
            assertThat(d.problem())
                    .isEqualTo("Container inference-server keeps crashing (exit code 1) after 6 restarts.");
            assertThat(d.logLines()).containsExactlyElementsOf(logs);
        });
    }

    @Test
    void a_gated_model_without_a_valid_token_is_recognised_in_the_logs() {
        var status = explain(
                pod("Running", "CrashLoopBackOff", "", 2),
                List.of(),
                List.of(
                        "huggingface_hub.errors.GatedRepoError: 401 Client Error.",
                        "Cannot access gated repo for url https://huggingface.co/google/gemma-2-9b-it/resolve/main/config.json."));
        assertThat(status.diagnoses())
                .singleElement()
                .extracting(Diagnosis::problem)
                .asString()
                .startsWith("Hugging Face refused the model download (401/403)");
    }

    @Test
    void a_wrong_gcs_path_is_not_reported_as_a_hugging_face_problem() {
        var status = explain(
                pod("Running", "CrashLoopBackOff", "", 2),
                List.of(),
                List.of("huggingface_hub.errors.HFValidationError: Repo id must be in the form 'repo_name' or"
                        + " 'namespace/repo_name': 'gs://my-bucket/gemma-2-9b'. Use `repo_type` argument if needed."));
        assertThat(status.diagnoses()).singleElement().satisfies(d -> {
            assertThat(d.problem()).contains("gs:// model path").contains("HFValidationError");
            assertThat(d.fix()).contains("roles/storage.objectViewer");
        });
    }

    @Test
    void eviction_for_ephemeral_storage_suggests_hf_home_in_ram() {
        Pod evicted = new PodBuilder(pod("Failed", null, null, 0))
                .editStatus()
                .withReason("Evicted")
                .withMessage(
                        "The node was low on resource: ephemeral-storage. Container inference-server was using 97Gi.")
                .endStatus()
                .build();
        var status = explain(evicted, List.of(), List.of());
        assertThat(status.diagnoses())
                .singleElement()
                .extracting(Diagnosis::fix)
                .asString()
                .contains("HF_HOME=/dev/shm/hf_cache");
        assertThat(status.pods())
                .singleElement()
                .extracting(RolloutStatus.PodRow::state)
                .isEqualTo("Failed (Evicted)");
    }

    @Test
    void a_ready_deployment_is_available_and_a_starting_one_is_progressing() {
        Pod running = pod("Running", null, null, 0);
        assertThat(RolloutExplainer.explain(new RolloutSnapshot(deployment(1), List.of(running), List.of(), Map.of()))
                        .phase())
                .isEqualTo(RolloutStatus.Phase.AVAILABLE);
        var starting =
                RolloutExplainer.explain(new RolloutSnapshot(deployment(0), List.of(running), List.of(), Map.of()));
        assertThat(starting.phase()).isEqualTo(RolloutStatus.Phase.PROGRESSING);
        assertThat(starting.sentence()).startsWith("0 of 1 replicas ready: starting");
    }
}
