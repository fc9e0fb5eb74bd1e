package dev.iqconsole.profile.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bounds no prediction may cross, over every model with architecture facts x every accelerator x 1-8 chips x request
 * shapes x loads, for the committed constants and for an ideal machine (full efficiency, no overheads).
 */
class PhysicsTest {

    private static final List<RequestShape> SHAPES = List.of(
            new RequestShape(226, 195),
            new RequestShape(32, 32),
            new RequestShape(128, 2048),
            new RequestShape(2048, 128),
            new RequestShape(8192, 512));

    private static final List<Load> LOADS = List.of(
            new Load.Concurrency(1),
            new Load.Concurrency(8),
            new Load.Concurrency(64),
            new Load.Concurrency(2000),
            new Load.RequestRate(0.5),
            new Load.RequestRate(20),
            new Load.Saturation());

    private static final double SLACK = 1 + 1e-9;

    static List<ServingModel> models() {
        return List.of(
                RepositoryFacts.committedModel(), new ServingModel(new ServingConstants(1, 1, 0, 0, 0, 0, 0, 0, 0)));
    }

    @ParameterizedTest
    @MethodSource("models")
    void per_user_decode_speed_never_exceeds_hbm_bandwidth_over_the_bytes_a_step_reads(ServingModel model) {
        var violations = check(model, c -> {
            var d = c.deployment;
            double bytes = d.model().weightBytesRead(d.precision(), Math.max(c.prediction.batch(), 1))
                    + Math.max(c.prediction.batch(), 1) * d.kvBytes(c.shape.meanContext());
            double fastestStepMs = bytes / d.hardware().bandwidth() * 1e3;
            if (c.prediction.tpotMs() * SLACK < fastestStepMs) {
                c.fail("TPOT " + c.prediction.tpotMs() + " ms < bytes/bandwidth " + fastestStepMs + " ms");
            }
        });
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("models")
    void throughput_never_exceeds_peak_flops_over_two_flops_per_active_parameter(ServingModel model) {
        var violations = check(model, c -> {
            var d = c.deployment;
            double tokensPerSecond =
                    c.prediction.requestsPerSecond() * (c.shape.inputTokens() + c.shape.outputTokens());
            double ceiling =
                    d.hardware().peakFlops(d.precision()) / (2 * d.model().activeParams());
            if (tokensPerSecond > ceiling * SLACK) {
                c.fail("input+output " + tokensPerSecond + " tok/s > FLOP/s / 2P " + ceiling);
            }
        });
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("models")
    void time_to_first_token_never_beats_the_prefill_flops_at_peak(ServingModel model) {
        var violations = check(model, c -> {
            if (Double.isNaN(c.prediction.ttftMs())) {
                return; // saturation: TTFT depends on the queue, not predicted
            }
            var d = c.deployment;
            double input = c.shape.inputTokens();
            double flops =
                    2 * d.model().activeParams() * input + input * d.model().attentionFlops(input / 2);
            double floorMs = flops / d.hardware().peakFlops(d.precision()) * 1e3;
            if (c.prediction.ttftMs() * SLACK < floorMs) {
                c.fail("TTFT " + c.prediction.ttftMs() + " ms < prefill FLOPs at peak " + floorMs + " ms");
            }
        });
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("models")
    void the_batch_never_holds_more_kv_cache_than_the_memory_left_after_the_weights(ServingModel model) {
        var violations = check(model, c -> {
            var d = c.deployment;
            double usable = d.memoryUtilization() * d.hardware().totalMemoryBytes()
                    - d.model().weightBytes(d.precision());
            double held = c.prediction.batch() * d.kvBytes(c.shape.meanContext());
            if (held > usable * SLACK || c.prediction.batch() > d.maxNumSeqs()) {
                c.fail("batch " + c.prediction.batch() + " holds " + held + " B of KV, usable " + usable);
            }
        });
        assertThat(violations).isEmpty();
    }

    private record Case(Deployment deployment, RequestShape shape, Load load, Prediction prediction, List<String> out) {
        void fail(String why) {
            out.add(deployment.model().id() + " on " + deployment.count() + " x "
                    + deployment.hardware().label() + " " + shape + " " + load + ": " + why);
        }
    }

    /** Runs the property over the grid; returns the violations, and makes sure the grid was not empty. */
    private static List<String> check(ServingModel model, Consumer<Case> property) {
        var violations = new ArrayList<String>();
        int checked = 0;
        var data = RepositoryFacts.data();
        for (var architecture : data.architectures().values()) {
            for (var accelerator : data.accelerators().values()) {
                for (int count : new int[] {1, 2, 4, 8}) {
                    var deployment = Deployment.of(architecture, accelerator.times(count), Server.VLLM, "0.11.0");
                    for (var shape : SHAPES) {
                        if (!model.fits(deployment, shape)) {
                            continue;
                        }
                        for (var load : LOADS) {
                            var prediction = model.predict(deployment, shape, load);
                            property.accept(new Case(deployment, shape, load, prediction, violations));
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).as("predictions checked").isGreaterThan(5_000);
        return violations;
    }
}
