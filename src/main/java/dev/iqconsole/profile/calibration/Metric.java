package dev.iqconsole.profile.calibration;

import java.util.Arrays;

/** A measured figure the fit compares with the model, named as its column in data/measurements.csv. */
enum Metric {
    OUTPUT_TOKENS_PER_SECOND("output_tokens_per_second"),
    TTFT("ttft_ms"),
    /** TPOT and ITL are both the mean time between output tokens; a row fits one of them, never both. */
    TPOT("tpot_ms"),
    ITL("itl_ms"),
    NTPOT("ntpot_ms"),
    E2E_LATENCY("e2e_latency_ms");

    final String column;

    Metric(String column) {
        this.column = column;
    }

    /** A switch rather than a function per constant: the fit asks this millions of times, unboxed. */
    double predicted(Prediction prediction, RequestShape shape) {
        return switch (this) {
            case OUTPUT_TOKENS_PER_SECOND -> prediction.outputTokensPerSecond();
            case TTFT -> prediction.ttftMs();
            case TPOT, ITL -> prediction.tpotMs();
            case NTPOT -> prediction.ntpotMs();
            case E2E_LATENCY -> prediction.e2eMs(shape);
        };
    }

    static Metric of(String column) {
        return Arrays.stream(values())
                .filter(metric -> metric.column.equals(column))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("fit metric '" + column + "' is not a metric column"));
    }
}
