package dev.iqconsole.profile;

import java.util.Comparator;

/**
 * Orders profiles. "Recommended" is GIQ's cheapest-first for the chosen pricing model: lowest $/M output tokens,
 * ties to the higher throughput; profiles without a price follow, by throughput. Every order ends on the key so
 * results are stable.
 */
final class ProfileRanking {

    private ProfileRanking() {}

    private static final Comparator<Profile> BY_KEY = Comparator.comparing(
                    (Profile p) -> p.key().model())
            .thenComparing(p -> p.key().modelServer())
            .thenComparing(p -> CurveIndex.version(p.curve()))
            .thenComparing(p -> p.key().machineType())
            .thenComparing(p -> String.valueOf(p.key().useCase()));

    private static final Comparator<Profile> BY_THROUGHPUT =
            Comparator.comparingDouble((Profile p) -> -p.at().point().outputTokensPerSecond());

    static Comparator<Profile> by(ProfileOrder order) {
        return switch (order) {
            case RECOMMENDED ->
                Comparator.comparing((Profile p) -> !p.at().hasCost())
                        .thenComparing(ProfileRanking::outputCostOrZero)
                        .thenComparing(BY_THROUGHPUT)
                        .thenComparing(BY_KEY);
            case THROUGHPUT -> BY_THROUGHPUT.thenComparing(BY_KEY);
            case LATENCY ->
                Comparator.comparingDouble((Profile p) -> nanLast(p.at().point().ntpotMs()))
                        .thenComparing(BY_THROUGHPUT)
                        .thenComparing(BY_KEY);
        };
    }

    private static java.math.BigDecimal outputCostOrZero(Profile p) {
        return p.at().hasCost() ? p.at().cost().usdPerMillionOutput() : java.math.BigDecimal.ZERO;
    }

    private static double nanLast(double value) {
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
    }
}
