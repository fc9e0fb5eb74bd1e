package dev.iqconsole.manifest;

import static dev.iqconsole.manifest.Plans.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.iqconsole.manifest.InvalidPlanException.Problem;
import dev.iqconsole.profile.LatencyTargets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanValidationTest {

    private static List<Problem> problems(DeploymentPlan plan) {
        var error = catchThrowableOfType(InvalidPlanException.class, () -> generate(plan));
        assertThat(error).as("the plan is refused").isNotNull();
        return error.problems();
    }

    @Test
    void all_problems_are_reported_together_with_their_fields() {
        var plan = withBucket(withName(withNamespace(gemmaOnL4(), "My_NS"), "9chat"), "s3://bucket/model");
        var error = catchThrowableOfType(InvalidPlanException.class, () -> generate(plan));

        assertThat(error.problems()).extracting(Problem::field).containsExactly("namespace", "name", "modelBucketUri");
        assertThat(error.getMessage())
                .startsWith("namespace: must be a DNS-1123 label: lowercase letters, digits and '-', starting and"
                        + " ending with a letter or digit; was \"My_NS\"; name: must be lowercase letters");
        assertThat(error.problems().get(2).message())
                .isEqualTo("must start with gs:// (a Cloud Storage bucket), e.g. gs://my-models/gemma-2-27b-it;"
                        + " was \"s3://bucket/model\"");
    }

    @Test
    void a_name_too_long_for_the_derived_names_is_refused_with_the_limit() {
        String name = "a".repeat(47);
        assertThat(problems(withName(gemmaOnL4(), name)))
                .containsExactly(new Problem(
                        "name",
                        "must be at most 46 characters so that \"" + name
                                + "-inference-server\" stays within 63; has 47"));
        assertThat(generate(withName(gemmaOnL4(), "a".repeat(46))).objects()).hasSize(3);
    }

    @Test
    void a_namespace_longer_than_63_characters_is_refused() {
        assertThat(problems(withNamespace(gemmaOnL4(), "n".repeat(64))))
                .containsExactly(new Problem("namespace", "must be at most 63 characters, has 64"));
    }

    @Test
    void bucket_names_follow_cloud_storage_rules() {
        assertThat(BucketUri.problems("gs://my-models/llama")).isEmpty();
        assertThat(BucketUri.problems("gs://my.models.example.com")).isEmpty();
        assertThat(BucketUri.problems("gs://ab"))
                .containsExactly("bucket name \"ab\" must be 3-63 characters (up to 222 if it contains dots), has 2");
        assertThat(BucketUri.problems("gs://My_Models"))
                .containsExactly("bucket name \"My_Models\" may contain only lowercase letters, digits, dashes (-),"
                        + " underscores (_) and dots (.)");
        assertThat(BucketUri.problems("gs://-models"))
                .containsExactly("bucket name \"-models\" must start and end with a letter or digit");
        assertThat(BucketUri.problems("gs://googmodels"))
                .containsExactly("bucket name \"googmodels\" must not start with \"goog\"");
        assertThat(BucketUri.problems("gs://my-g00gle-models"))
                .containsExactly("bucket name \"my-g00gle-models\" must not contain \"google\" or a close misspelling");
        assertThat(BucketUri.problems("gs://192.168.5.4"))
                .containsExactly("bucket name \"192.168.5.4\" must not be an IP address");
        assertThat(BucketUri.problems("gs://" + "a".repeat(64))).hasSize(1);
    }

    @Test
    void a_model_folder_cannot_smuggle_mount_options_or_leave_the_bucket() {
        String allowed = "the folder after the bucket name may contain only letters, digits, dashes (-), underscores"
                + " (_), dots (.) and slashes (/)";
        assertThat(BucketUri.problems("gs://my-models/gemma,uid=0,file-mode=777"))
                .containsExactly(allowed);
        assertThat(BucketUri.problems("gs://my-models/gemma\nimplicit-dirs")).containsExactly(allowed);
        assertThat(BucketUri.problems("gs://my-models/gemma 2")).containsExactly(allowed);
        assertThat(BucketUri.problems("gs://my-models/a/../b"))
                .containsExactly("the folder after the bucket name must not contain . or .. segments");
        assertThat(BucketUri.problems("gs://my-models/google/gemma-2-27b-it/v1.0_final"))
                .isEmpty();
        assertThat(BucketUri.problems("gs://my-models/" + "a".repeat(1025))).hasSize(1);
    }

    @Test
    void bucket_uris_split_into_bucket_and_model_folder() {
        assertThat(BucketUri.parse("gs://models/a/b/")).isEqualTo(new BucketUri("models", "a/b"));
        assertThat(BucketUri.parse("gs://models")).isEqualTo(new BucketUri("models", ""));
    }

    @Test
    void a_model_that_does_not_fit_says_how_many_accelerators_would() {
        assertThat(problems(plan(GEMMA_2_27B, VLLM_GPU, L4, G2_STANDARD_8)))
                .containsExactly(new Problem(
                        "machineType",
                        "google/gemma-2-27b-it needs 53.6 GiB (weights 50.7 GiB + KV cache 2.9 GiB for 8192 tokens of"
                                + " context) but 1 x nvidia-l4 give 20.1 GiB usable (90% of 22.4 GiB each); 4 x"
                                + " nvidia-l4 would fit"));
    }

    @Test
    void a_context_too_long_to_fit_is_capped_rather_than_refused() {
        // Qwen3-32B: 61 GiB of weights fit one H100 (67 GiB usable); 32768 tokens of KV cache (8 GiB) do not, 24576 do
        assertThat(generate(plan(QWEN3_32B, VLLM_GPU, H100, A3_HIGHGPU_1G)).documents())
                .isNotEmpty();
        assertThat(Sizing.servedContextTokens(QWEN3_32B, H100, 1)).isEqualTo(24576);
        assertThat(Sizing.servedContextTokens(QWEN3_32B, H100, 4)).isEqualTo(32768);
    }

    @Test
    void the_kv_cache_of_the_minimum_context_counts() {
        // 66 GiB of weights fit one H100 (67 GiB usable), but not with 8192 tokens of KV cache (2 GiB) beside them
        var heavy = model("example/heavy-32k", 66.0, 32768, false, 256 * 1024);
        assertThat(problems(plan(heavy, VLLM_GPU, H100, A3_HIGHGPU_1G)))
                .singleElement()
                .satisfies(p -> assertThat(p.message())
                        .contains("KV cache 2.0 GiB for 8192 tokens of context")
                        .endsWith("2 x nvidia-h100-80gb would fit"));
    }

    @Test
    void servers_must_support_the_accelerator_family() {
        assertThat(problems(plan(LLAMA_3_8B, TGI, V6E, CT6E_4T)))
                .contains(new Problem("accelerator", "tgi is offered on GPU only, not on TPU (tpu-v6e-slice)"));
        assertThat(problems(plan(LLAMA_3_8B, VLLM_GPU, V6E, CT6E_4T)))
                .containsExactly(new Problem(
                        "server.version",
                        "vllm v0.11.0 is the GPU build (vllm/vllm-openai:v0.11.0); accelerator tpu-v6e-slice needs"
                                + " the TPU build"));
    }

    @Test
    void the_machine_type_must_carry_the_accelerator() {
        assertThat(problems(plan(LLAMA_3_8B, VLLM_GPU, H100, G2_STANDARD_8)))
                .contains(new Problem("machineType", "g2-standard-8 carries nvidia-l4, not nvidia-h100-80gb"));
    }

    @Test
    void generic_kubernetes_refuses_tpus_and_cloud_storage_with_the_reason() {
        assertThat(problems(onPlatform(plan(LLAMA_3_8B, VLLM_TPU, V6E, CT6E_4T), TargetPlatform.KUBERNETES)))
                .containsExactly(new Problem("platform", "TPUs (tpu-v6e-slice) are only available on GKE; choose GKE"));
        assertThat(problems(onPlatform(withBucket(gemmaOnL4(), "gs://models/gemma"), TargetPlatform.KUBERNETES)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("modelBucketUri");
                    assertThat(p.message()).startsWith("loading from Cloud Storage uses GKE's Cloud Storage FUSE CSI");
                });
    }

    @Test
    void autoscaling_inputs_are_checked() {
        var plan = withAutoscaling(gemmaOnL4(), LatencyTargets.none(), new Autoscaling(true, 0, true, Double.NaN));
        assertThat(problems(plan))
                .extracting(Problem::field)
                .containsExactly("autoscaling.maxReplicas", "targets", "autoscaling.concurrencyAtTarget");
        assertThat(problems(withAutoscaling(gemmaOnL4(), new LatencyTargets(-1.0, null, null), Autoscaling.OFF)))
                .containsExactly(new Problem("targets.ntpotMs", "must be a positive number of milliseconds, was -1.0"));
    }

    @Test
    void missing_parts_are_named() {
        var plan = new DeploymentPlan(null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(problems(plan))
                .extracting(Problem::toString)
                .containsExactly(
                        "model: is required",
                        "server: is required",
                        "accelerator: is required",
                        "machineType: is required");
    }
}
