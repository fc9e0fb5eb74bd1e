package dev.iqconsole.profile.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the chips share a model (tensor against expert parallelism with attention data parallelism), which layers route
 * tokens to experts, and how each server sizes its KV cache.
 */
class ParallelismAndMemoryTest {

    private final ServingModel model = RepositoryFacts.committedModel();

    private static Deployment deployment(
            String modelId,
            Precision precision,
            String accelerator,
            int count,
            Server server,
            Parallelism parallelism) {
        return new Deployment(
                RepositoryFacts.model(modelId),
                precision,
                1,
                RepositoryFacts.gpus(accelerator, count),
                server,
                "1.0",
                Deployment.DEFAULT_MEMORY_UTILIZATION,
                parallelism);
    }

    /** One step of {@code decoding} sequences at {@code decodeContext} and {@code prefill} tokens seeing {@code promptContext}. */
    private double step(
            Deployment deployment, double decoding, double decodeContext, double prefill, double promptContext) {
        return new StepTimes(deployment, model.constants(), decodeContext, promptContext).seconds(decoding, prefill);
    }

    @Test
    void an_expert_parallel_chip_holds_its_own_always_read_weights_and_only_its_own_sequences_kv_cache() {
        var tensor = deployment(
                "deepseek-ai/DeepSeek-R1", Precision.FP8, "nvidia-h200-141gb", 8, Server.TRTLLM, Parallelism.TENSOR);
        var expert = deployment(
                "deepseek-ai/DeepSeek-R1",
                Precision.FP8,
                "nvidia-h200-141gb",
                8,
                Server.TRTLLM,
                Parallelism.EXPERT_WITH_ATTENTION_DATA);
        var r1 = tensor.model();

        // MLA's single latent is copied on all 8 tensor-parallel ranks, held once with attention data parallelism
        assertThat(tensor.kvBytes(1000)).isCloseTo(8 * expert.kvBytes(1000), within(1e-6));
        assertThat(expert.heldWeightBytes() - tensor.heldWeightBytes())
                .isCloseTo(7 * r1.alwaysReadBytes(Precision.FP8), within(1.0));
        assertThat(expert.weightBytesRead(4096) - tensor.weightBytesRead(4096))
                .isCloseTo(7 * r1.alwaysReadBytes(Precision.FP8), within(1.0));
    }

    @Test
    void a_steps_weight_reads_are_the_deployments_to_the_last_bit() {
        var deployments = List.of(
                deployment(
                        "deepseek-ai/DeepSeek-R1",
                        Precision.FP8,
                        "nvidia-h200-141gb",
                        8,
                        Server.TRTLLM,
                        Parallelism.TENSOR),
                deployment(
                        "deepseek-ai/DeepSeek-R1",
                        Precision.FP8,
                        "nvidia-h200-141gb",
                        8,
                        Server.TRTLLM,
                        Parallelism.EXPERT_WITH_ATTENTION_DATA),
                deployment(
                        "meta-llama/Llama-3.1-8B-Instruct",
                        Precision.BF16,
                        "nvidia-l4",
                        2,
                        Server.VLLM,
                        Parallelism.TENSOR));
        for (var deployment : deployments) {
            var steps = new StepTimes(deployment, model.constants(), 1000, 500);
            for (double tokens : new double[] {0, 1, 7.5, 256, 4096.25, 1e6}) {
                assertThat(steps.weightBytesRead(tokens))
                        .as(deployment.model().id() + " " + deployment.parallelism() + " at " + tokens + " tokens")
                        .isEqualTo(deployment.weightBytesRead(tokens));
            }
        }
    }

    @Test
    void expert_parallelism_spreads_the_routing_of_a_large_batch_over_the_chips() {
        var maverick = "meta-llama/Llama-4-Maverick-17B-128E-Instruct";
        var tensor = deployment(maverick, Precision.FP8, "nvidia-h200-141gb", 8, Server.TRTLLM, Parallelism.TENSOR);
        var expert = deployment(
                maverick, Precision.FP8, "nvidia-h200-141gb", 8, Server.TRTLLM, Parallelism.EXPERT_WITH_ATTENTION_DATA);

        assertThat(step(expert, 2048, 192, 2048, 64)).isLessThan(step(tensor, 2048, 192, 2048, 64));
    }

    @Test
    void on_one_chip_expert_parallelism_changes_nothing_and_a_dense_model_cannot_have_it() {
        var scout = "meta-llama/Llama-4-Scout-17B-16E-Instruct";
        var tensor = deployment(scout, Precision.FP4, "nvidia-b200", 1, Server.TRTLLM, Parallelism.TENSOR);
        var expert = deployment(
                scout, Precision.FP4, "nvidia-b200", 1, Server.TRTLLM, Parallelism.EXPERT_WITH_ATTENTION_DATA);

        assertThat(step(expert, 512, 1000, 512, 500)).isEqualTo(step(tensor, 512, 1000, 512, 500));
        assertThatThrownBy(() -> deployment(
                        "meta-llama/Llama-3.1-8B-Instruct",
                        Precision.FP8,
                        "nvidia-h100-80gb",
                        2,
                        Server.TRTLLM,
                        Parallelism.EXPERT_WITH_ATTENTION_DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no experts");
        assertThat(Parallelism.of("")).isEqualTo(Parallelism.TENSOR);
        assertThatThrownBy(() -> Parallelism.of("pp")).hasMessageContaining("tp, ep+attention-dp");
    }

    @Test
    void only_the_layers_with_experts_route_tokens() {
        var maverick = RepositoryFacts.model("meta-llama/Llama-4-Maverick-17B-128E-Instruct");
        var r1 = RepositoryFacts.model("deepseek-ai/DeepSeek-R1");

        assertThat(maverick.moeLayers()).isEqualTo(maverick.layers() / 2);
        assertThat(r1.moeLayers()).isEqualTo(r1.layers() - 3);
        assertThat(RepositoryFacts.model("mistralai/Mixtral-8x7B-Instruct-v0.1").moeLayers())
                .isEqualTo(32);
        assertThat(RepositoryFacts.model("Qwen/Qwen3-8B").moeLayers()).isZero();
    }

    @Test
    void tensorrt_llm_gives_the_cache_a_share_of_what_the_weights_leave_free_and_vllm_a_share_of_the_whole() {
        var id = "meta-llama/Llama-3.1-8B-Instruct";
        var trtllm = deployment(id, Precision.FP8, "nvidia-h100-80gb", 1, Server.TRTLLM, Parallelism.TENSOR);
        var vllm = deployment(id, Precision.FP8, "nvidia-h100-80gb", 1, Server.VLLM, Parallelism.TENSOR);
        double memory = trtllm.hardware().totalMemoryBytes();
        double reserve = model.constants().reserveShare() * memory;
        double weights = trtllm.heldWeightBytes();

        assertThat(model.kvBudgetBytes(trtllm)).isCloseTo(0.9 * (memory - reserve - weights), within(1.0));
        assertThat(model.kvBudgetBytes(vllm)).isCloseTo(0.9 * memory - reserve - weights, within(1.0));
        assertThat(model.kvBudgetBytes(trtllm)).isGreaterThan(model.kvBudgetBytes(vllm));
    }
}
