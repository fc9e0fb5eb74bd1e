package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.TestCatalogs;
import dev.iqconsole.profile.calibration.Hardware;
import dev.iqconsole.profile.calibration.RequestShape;
import dev.iqconsole.profile.calibration.Server;
import dev.iqconsole.profile.calibration.ServingFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every modeled point the catalog serves, checked against what the hardware can physically do. The bounds use peak
 * datasheet figures and no fitted constant, so a point beyond one is wrong whatever the calibration says.
 */
class CatalogPhysicsTest {

    private static final double SLACK = 1e-9;

    private final Catalog catalog = TestCatalogs.repositoryData();
    private final ServingFacts facts = ServingFacts.packaged(catalog.models(), catalog.accelerators());
    private final List<Curve> curves = CurveBuilder.build(catalog, facts).curves();

    @Test
    void every_modeled_point_of_the_catalog_stays_within_bandwidth_compute_and_memory() {
        int served = 0;
        int checked = 0;
        var violations = new ArrayList<String>();
        for (var curve : curves) {
            served += curve.points().size();
            var key = curve.key();
            var model = catalog.model(key.model()).orElseThrow();
            var deployment = facts.deployment(
                            key.model(), key.accelerator(), key.acceleratorCount(), Server.VLLM, "latest")
                    .orElseThrow();
            var chips = deployment.hardware();
            var shape = new RequestShape(
                    curve.parameters().getOrDefault("input_tokens", 226.0),
                    curve.parameters().getOrDefault("output_tokens", 195.0));
            double active = model.activeParamsB() * 1e9;
            // the active weights at the served bytes per parameter: what one decode step must read at least
            double activeBytes = facts.weightBytes(deployment) * model.activeParamsB() / model.totalParamsB();
            double bandwidth = chips.bandwidthGBs() * 1e9 * chips.count();
            double peakFlops = peakTflops(chips) * 1e12 * chips.count();
            double kvCapacity = (chips.memoryBytes() * chips.count() - facts.weightBytes(deployment))
                    / facts.kvBytesPerSequence(deployment, shape);
            for (var point : curve.points()) {
                if (point.provenance() != Provenance.MODELED) continue;
                checked++;
                String where = key.model() + " on " + key.acceleratorCount() + " x " + key.accelerator() + " at "
                        + Math.round(point.outputTokensPerSecond()) + " tok/s: ";
                double perUser = 1000 / point.itlMs();
                if (perUser > bandwidth / activeBytes * (1 + SLACK)) {
                    violations.add(
                            where + "decodes " + perUser + " tok/s per user, HBM allows " + bandwidth / activeBytes);
                }
                double tokens = point.outputTokensPerSecond() + point.inputTokensPerSecond();
                if (tokens > peakFlops / (2 * active) * (1 + SLACK)) {
                    violations.add(
                            where + "processes " + tokens + " tok/s, peak FLOP/s allow " + peakFlops / (2 * active));
                }
                double prefillMs = 1000 * 2 * active * shape.inputTokens() / peakFlops;
                if (point.ttftMs() < prefillMs * (1 - SLACK)) {
                    violations.add(where + "TTFT " + point.ttftMs() + " ms below the prefill's " + prefillMs + " ms");
                }
                // Little's law: sequences decoding = request rate x time decoding (output tokens x ITL); each holds
                // its KV cache. Requests still queued for admission hold none, so the whole latency (NTPOT, which
                // includes the queue) would overcount them: long prompts near saturation queue for seconds.
                double decoding = point.queriesPerSecond() * (shape.outputTokens() - 1) * point.itlMs() / 1000;
                if (decoding > kvCapacity * (1 + SLACK)) {
                    violations.add(where + decoding + " sequences decoding, the KV cache holds " + kvCapacity);
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "catalog physics: %d of %d served points are modeled and checked (%.1f%%)%n",
                checked,
                served,
                100.0 * checked / served);
        assertThat(violations).isEmpty();
        assertThat(checked).isGreaterThan(served * 9 / 10);
    }

    private static double peakTflops(Hardware chips) {
        return Math.max(chips.bf16Tflops(), Math.max(chips.fp8Tflops(), chips.fp4Tflops()));
    }
}
