package dev.iqconsole.profile.calibration;

import java.util.Arrays;
import java.util.function.BiFunction;

/** A measured figure the fit compares with the model, named as its column in data/measurements.csv. */
enum Metric {
    OUTPUT_TOKENS_PER_SECOND("output_tokens_per_second", (p, s) -> p.outputTokensPerSecond()),
    TTFT("ttft_ms", (p, s) -> p.ttftMs()),
    /** TPOT and ITL are both the mean time between output tokens; a row fits one of them, never both. */
    TPOT("tpot_ms", (p, s) -> p.tpotMs()),
    ITL("itl_ms", (p, s) -> p.tpotMs()),
    NTPOT("ntpot_ms", (p, s) -> p.ntpotMs()),
    E2E_LATENCY("e2e_latency_ms", (p, s) -> p.e2eMs(s));

    final String column;
    private final BiFunction<Prediction, RequestShape, Double> predicted;

    Metric(String column, BiFunction<Prediction, RequestShape, Double> predicted) {
        this.column = column;
        this.predicted = predicted;
    }

    double predicted(Prediction prediction, RequestShape shape) {
        return predicted.apply(prediction, shape);
    }

    static Metric of(String column) {
        return Arrays.stream(values())
                .filter(metric -> metric.column.equals(column))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("fit metric '" + column + "' is not a metric column"));
    }
}
