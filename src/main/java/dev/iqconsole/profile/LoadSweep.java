package dev.iqconsole.profile;

import dev.iqconsole.catalog.UseCase;
import dev.iqconsole.profile.calibration.Deployment;
import dev.iqconsole.profile.calibration.Load;
import dev.iqconsole.profile.calibration.Prediction;
import dev.iqconsole.profile.calibration.RequestShape;
import dev.iqconsole.profile.calibration.ServingFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The points of a modeled curve: the calibrated serving model ({@code dev.iqconsole.profile.calibration},
 * docs/model-calibration.md) under a Poisson request-rate sweep from light load to just below saturation, cut at the
 * knee; and the words that say what such points rest on.
 */
final class LoadSweep {

    /**
     * Request rates of a modeled curve, as shares of the replica's saturation rate: light load up to just below
     * saturation, like GIQ's request-rate sweeps.
     */
    static final double[] RATE_SHARES = {0.05, 0.15, 0.3, 0.45, 0.6, 0.75, 0.85, 0.92, 0.97};

    /** The parameters that carry the average lengths a modeled curve was computed for. */
    static final String INPUT_TOKENS = "input_tokens";

    static final String OUTPUT_TOKENS = "output_tokens";

    private LoadSweep() {}

    /**
     * The model under a Poisson request-rate sweep from light load to just below saturation, cut at the knee (the
     * last point before NTPOT doubles). Each prediction's ITL is its TPOT.
     *
     * @param parameters receives the sweep's capacity, batch, knee, lengths and error factor
     */
    static List<CurvePoint> sweep(
            ServingFacts facts, Deployment deployment, RequestShape shape, Map<String, Double> parameters) {
        var model = facts.model();
        var capacity = model.predict(deployment, shape, new Load.Saturation());
        var points = new ArrayList<CurvePoint>();
        for (double share : RATE_SHARES) {
            Prediction p = model.predict(deployment, shape, new Load.RequestRate(share * capacity.requestsPerSecond()));
            if (p.saturated()) break;
            points.add(new CurvePoint(
                    p.requestsPerSecond(),
                    p.outputTokensPerSecond(),
                    p.requestsPerSecond() * shape.inputTokens(),
                    p.ntpotMs(),
                    p.ttftMs(),
                    p.tpotMs(),
                    Provenance.MODELED));
        }
        // from the second point: at the lightest load a mixture of experts reads only a few experts, so its first step
        // up in NTPOT is the experts filling in, not queueing
        int knee = points.size() < 2
                ? points.size() - 1
                : 1
                        + elbowIndex(points.subList(1, points.size()).stream()
                                .map(CurvePoint::ntpotMs)
                                .toList());
        var kept = List.copyOf(points.subList(0, knee + 1));
        parameters.put("capacity_tok_s", capacity.outputTokensPerSecond());
        parameters.put("max_batch", (double) capacity.maxBatch());
        parameters.put("knee_tok_s", kept.getLast().outputTokensPerSecond());
        parameters.put(INPUT_TOKENS, shape.inputTokens());
        parameters.put(OUTPUT_TOKENS, shape.outputTokens());
        parameters.put(Curve.ERROR_FACTOR, 1 + facts.errorFor(deployment));
        return kept;
    }

    /**
     * Where throughput stops tracking load: the last point before NTPOT at least doubles. Past it GIQ's fixed-length
     * runs only queue (NTPOT x10-40, throughput flat).
     */
    static int elbowIndex(List<Double> ntpots) {
        for (int i = 0; i + 1 < ntpots.size(); i++) {
            if (ntpots.get(i + 1) >= 2 * ntpots.get(i)) return i;
        }
        return ntpots.size() - 1;
    }

    static RequestShape shape(UseCase useCase) {
        return new RequestShape(useCase.averageInputTokens(), useCase.averageOutputTokens());
    }

    /** What a sweep on {@code deployment} rests on: the calibration, or the datasheet where none was fitted. */
    static String calibratedModel(ServingFacts facts, Deployment deployment) {
        if (!ServingFacts.calibratedOn(deployment.hardware().label())) {
            return "predicted by the serving model on the accelerator's datasheet figures, not calibrated on this"
                    + " accelerator (no fitted measurement; band "
                    + ServingFacts.errorPercent(facts.errorFor(deployment))
                    + ", docs/model-calibration.md)";
        }
        return calibratedModel(facts);
    }

    static String calibratedModel(ServingFacts facts) {
        return "predicted by " + calibratedModelName(facts.heldOutError());
    }

    /** The calibrated serving model as every label names it, with its error band and where it is documented. */
    static String calibratedModelName(double heldOutError) {
        return "the calibrated serving model (held-out error " + ServingFacts.errorPercent(heldOutError)
                + ", docs/model-calibration.md)";
    }
}
