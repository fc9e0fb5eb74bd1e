package dev.iqconsole.profile.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ServingModelTest {

    private static final RequestShape CHATBOT = new RequestShape(226, 195);

    private final ServingModel model = RepositoryFacts.committedModel();

    private static Deployment vllm(String modelId, String accelerator, int count) {
        return Deployment.of(
                RepositoryFacts.model(modelId), RepositoryFacts.gpus(accelerator, count), Server.VLLM, "0.11.0");
    }

    @Test
    void a_step_touches_more_experts_as_the_batch_grows_and_all_of_them_in_the_limit() {
        var gptOss = RepositoryFacts.model("openai/gpt-oss-120b");

        assertThat(gptOss.expertsTouched(1)).isCloseTo(4.0 / 128, within(1e-12));
        assertThat(gptOss.expertsTouched(8)).isGreaterThan(gptOss.expertsTouched(1));
        assertThat(gptOss.expertsTouched(10_000)).isCloseTo(1, within(1e-9));
        assertThat(RepositoryFacts.model("Qwen/Qwen3-8B").expertsTouched(64)).isZero();
    }

    @Test
    void expert_and_shared_parameters_add_up_to_the_published_totals() {
        var r1 = RepositoryFacts.model("deepseek-ai/DeepSeek-R1");

        assertThat(r1.alwaysReadParams() + r1.experts() * r1.expertParams()).isCloseTo(671e9, within(1e3));
        assertThat(r1.alwaysReadParams() + r1.expertsPerToken() * r1.expertParams())
                .isCloseTo(37e9, within(1e3));
    }

    @Test
    void the_mxfp4_checkpoint_of_gpt_oss_120b_weighs_what_its_published_files_do() {
        double gigabytes = RepositoryFacts.model("openai/gpt-oss-120b").weightBytes(Precision.MXFP4) / 1e9;

        assertThat(gigabytes).isBetween(60.0, 66.0);
    }

    @Test
    void longer_requests_leave_room_for_fewer_sequences() {
        var deployment = vllm("meta-llama/Llama-3.1-8B-Instruct", "nvidia-h100-80gb", 1);

        int chat = model.maxBatch(deployment, CHATBOT);
        int summaries = model.maxBatch(deployment, new RequestShape(8192, 512));

        assertThat(summaries).isLessThan(chat).isPositive();
        assertThat(chat).isLessThanOrEqualTo(1024);
    }

    @Test
    void more_users_raise_throughput_and_time_per_token_until_the_batch_is_full() {
        var deployment = vllm("Qwen/Qwen3-8B", "nvidia-h100-80gb", 1);

        var one = model.predict(deployment, CHATBOT, new Load.Concurrency(1));
        var eight = model.predict(deployment, CHATBOT, new Load.Concurrency(8));
        var full = model.predict(deployment, CHATBOT, new Load.Saturation());

        assertThat(eight.outputTokensPerSecond()).isGreaterThan(one.outputTokensPerSecond());
        assertThat(full.outputTokensPerSecond()).isGreaterThan(eight.outputTokensPerSecond());
        assertThat(eight.tpotMs()).isGreaterThan(one.tpotMs());
        assertThat(full.batch()).isEqualTo(full.maxBatch());
    }

    @Test
    void users_beyond_the_batch_wait_for_their_first_token_without_adding_throughput() {
        var deployment = vllm("meta-llama/Llama-3.3-70B-Instruct", "nvidia-h100-80gb", 4);
        int maxBatch = model.maxBatch(deployment, CHATBOT);

        var atCap = model.predict(deployment, CHATBOT, new Load.Concurrency(maxBatch));
        var twice = model.predict(deployment, CHATBOT, new Load.Concurrency(2 * maxBatch));

        assertThat(twice.outputTokensPerSecond()).isEqualTo(atCap.outputTokensPerSecond());
        double requestSeconds = maxBatch / atCap.requestsPerSecond();
        assertThat(twice.ttftMs() - atCap.ttftMs()).isCloseTo(requestSeconds * 1000, within(1e-6 * requestSeconds));
    }

    @Test
    void an_open_loop_below_capacity_serves_its_whole_rate_and_above_it_saturates() {
        var deployment = vllm("google/gemma-2-27b-it", "nvidia-h100-80gb", 1);
        var capacity = model.predict(deployment, CHATBOT, new Load.Saturation());
        double capacityRate = capacity.requestsPerSecond();

        var half = model.predict(deployment, CHATBOT, new Load.RequestRate(capacityRate / 2));
        var over = model.predict(deployment, CHATBOT, new Load.RequestRate(capacityRate * 2));

        assertThat(half.saturated()).isFalse();
        assertThat(half.outputTokensPerSecond()).isCloseTo(capacityRate / 2 * 195, within(1e-9 * capacityRate * 195));
        assertThat(half.ntpotMs()).isGreaterThan(half.tpotMs());
        assertThat(over.saturated()).isTrue();
        assertThat(over.outputTokensPerSecond()).isEqualTo(capacity.outputTokensPerSecond());
        assertThat(over.ttftMs()).isNaN();
    }

    @Test
    void latency_grows_with_the_request_rate() {
        var deployment = vllm("google/gemma-2-27b-it", "nvidia-h100-80gb", 1);
        double capacityRate =
                model.predict(deployment, CHATBOT, new Load.Saturation()).requestsPerSecond();

        var low = model.predict(deployment, CHATBOT, new Load.RequestRate(capacityRate * 0.1));
        var high = model.predict(deployment, CHATBOT, new Load.RequestRate(capacityRate * 0.9));

        assertThat(high.ntpotMs()).isGreaterThan(low.ntpotMs());
        assertThat(high.ttftMs()).isGreaterThan(low.ttftMs());
    }

    @Test
    void any_request_lengths_are_predicted_and_longer_prompts_take_longer_to_first_token() {
        var deployment = vllm("meta-llama/Llama-3.1-8B-Instruct", "nvidia-h100-80gb", 1);

        var tiny = model.predict(deployment, new RequestShape(1, 1), new Load.Concurrency(1));
        var longPrompt = model.predict(deployment, new RequestShape(30_000, 100), new Load.Concurrency(1));

        assertThat(tiny.outputTokensPerSecond()).isPositive().isFinite();
        assertThat(longPrompt.ttftMs()).isGreaterThan(10 * tiny.ttftMs());
    }

    @Test
    void a_model_that_does_not_fit_is_refused_with_what_did_not_fit() {
        var deployment = vllm("deepseek-ai/DeepSeek-R1", "nvidia-l4", 1);

        assertThat(model.fits(deployment, CHATBOT)).isFalse();
        assertThatThrownBy(() -> model.predict(deployment, CHATBOT, new Load.Concurrency(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DeepSeek-R1")
                .hasMessageContaining("does not fit on 1 x nvidia-l4");
    }

    @Test
    void vllm_admits_1024_sequences_on_big_gpus_since_0_9_and_256_elsewhere() {
        assertThat(Server.VLLM.maxNumSeqs("0.11.0", RepositoryFacts.gpus("nvidia-h100-80gb", 1)))
                .isEqualTo(1024);
        assertThat(Server.VLLM.maxNumSeqs("0.11.0", RepositoryFacts.gpus("nvidia-a100-80gb", 1)))
                .isEqualTo(256);
        assertThat(Server.VLLM.maxNumSeqs("v0.7.2", RepositoryFacts.gpus("nvidia-h100-80gb", 1)))
                .isEqualTo(256);
        assertThat(Server.VLLM.maxNumSeqs("nightly", RepositoryFacts.gpus("nvidia-l4", 1)))
                .isEqualTo(256);
    }
}
