package dev.iqconsole.profile.calibration;

/** Mean prompt and output lengths of the requests, any use case or custom workload. */
public record RequestShape(double inputTokens, double outputTokens) {

    public RequestShape {
        if (!(inputTokens >= 1) || !(outputTokens >= 1)) {
            throw new IllegalArgumentException(
                    "input and output lengths must be at least 1 token: " + inputTokens + "/" + outputTokens);
        }
    }

    /** Mean context of a decoding sequence: the prompt and half the output so far. */
    double meanContext() {
        return inputTokens + outputTokens / 2;
    }
}
