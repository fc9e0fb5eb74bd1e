package dev.iqconsole.profile;

/**
 * The batched-decoding queue of benchmark-data.md §6.3: below the knee, with continuous batching the step time grows
 * linearly with the batch, and Little's law gives {@code NTPOT(X) = N0 / (1 - X/Xinf)}. TTFT follows the same form
 * with its own exponent: {@code TTFT(X) = T0 * (1 - X/Xinf)^-gamma}.
 *
 * @param n0Ms zero-load NTPOT
 * @param xInf asymptotic output tokens/s (the ceiling if the KV cache did not cap the batch first)
 * @param t0Ms zero-load TTFT
 * @param gamma TTFT exponent
 */
record QueueCurve(double n0Ms, double xInf, double t0Ms, double gamma) {

    QueueCurve {
        if (!(n0Ms > 0) || !(xInf > 0)) {
            throw new IllegalArgumentException("N0 and Xinf must be positive: N0=" + n0Ms + ", Xinf=" + xInf);
        }
    }

    double ntpotMs(double outputTokensPerSecond) {
        return n0Ms / (1 - load(outputTokensPerSecond));
    }

    double ttftMs(double outputTokensPerSecond) {
        return t0Ms * Math.pow(1 - load(outputTokensPerSecond), -gamma);
    }

    private double load(double x) {
        if (x < 0 || x >= xInf) {
            throw new IllegalArgumentException("throughput " + x + " outside [0, Xinf=" + xInf + ")");
        }
        return x / xInf;
    }

    /**
     * The curve through two measured points (the lowest load and the knee): solving {@code N1(1 - x1/X) = N2(1 -
     * x2/X)} gives {@code X = (N2 x2 - N1 x1) / (N2 - N1)}, then {@code N0 = N1 (1 - x1/X)}.
     */
    static QueueCurve throughTwoPoints(double x1, double n1, double x2, double n2, double t0Ms, double gamma) {
        if (!(x2 > x1) || !(n2 > n1)) {
            throw new IllegalArgumentException("the knee must have more throughput and more latency than the lowest"
                    + " point: (" + x1 + ", " + n1 + ") -> (" + x2 + ", " + n2 + ")");
        }
        double xInf = (n2 * x2 - n1 * x1) / (n2 - n1);
        return new QueueCurve(n1 * (1 - x1 / xInf), xInf, t0Ms, gamma);
    }

    /** Given N0 and one knee: {@code Xinf = Xk / (1 - N0/Nk)}. */
    static double xInfThroughKnee(double n0Ms, double kneeX, double kneeNtpotMs) {
        if (!(kneeNtpotMs > n0Ms)) {
            throw new IllegalArgumentException(
                    "knee NTPOT " + kneeNtpotMs + " ms must exceed the zero-load NTPOT " + n0Ms + " ms");
        }
        return kneeX / (1 - n0Ms / kneeNtpotMs);
    }

    /** The TTFT exponent that passes through the knee TTFT: {@code ln(Tk/T0) / ln(1/(1 - Xk/Xinf))}. */
    static double gammaThroughKnee(double t0Ms, double kneeTtftMs, double kneeX, double xInf) {
        return Math.log(kneeTtftMs / t0Ms) / Math.log(1 / (1 - kneeX / xInf));
    }

    /** Little's law knee with a capped batch: {@code Xk = 1 / (N0/(1000 Bmax) + 1/Xinf)}. */
    static double kneeThroughput(double n0Ms, double xInf, double maxBatch) {
        return 1 / (n0Ms / (1000 * maxBatch) + 1 / xInf);
    }
}
