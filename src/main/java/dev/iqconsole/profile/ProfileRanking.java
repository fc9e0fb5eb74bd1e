package dev.iqconsole.profile;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Orders profiles. "Recommended" is GIQ's cheapest-first for the chosen pricing model: lowest $/M output tokens,
 * ties to the higher throughput; profiles without a price follow, by throughput. Also by throughput (highest first)
 * or latency (lowest NTPOT first). The sort is stable and profiles arrive in key order ({@link CurveIndex}), so
 * remaining ties keep key order.
 *
 * <p>Sort keys are read once into primitives: with 100,000 profiles, comparing through accessors and BigDecimal
 * dominated the whole query.
 */
final class ProfileRanking {

    private ProfileRanking() {}

    private record Ranked(int index, boolean priced, double usdPerMillionOutput, double throughput, double ntpot) {

        static Ranked of(int index, Profile p) {
            boolean priced = p.at().hasCost();
            CurvePoint point = p.at().point();
            return new Ranked(
                    index,
                    priced,
                    priced ? p.at().cost().usdPerMillionOutput().doubleValue() : 0,
                    point.outputTokensPerSecond(),
                    Double.isNaN(point.ntpotMs()) ? Double.POSITIVE_INFINITY : point.ntpotMs());
        }
    }

    private static final Comparator<Ranked> RECOMMENDED = (a, b) -> {
        if (a.priced != b.priced) {
            return a.priced ? -1 : 1;
        }
        int byCost = Double.compare(a.usdPerMillionOutput, b.usdPerMillionOutput);
        return byCost != 0 ? byCost : Double.compare(b.throughput, a.throughput);
    };

    private static final Comparator<Ranked> THROUGHPUT = (a, b) -> Double.compare(b.throughput, a.throughput);

    private static final Comparator<Ranked> LATENCY = (a, b) -> {
        int byNtpot = Double.compare(a.ntpot, b.ntpot);
        return byNtpot != 0 ? byNtpot : Double.compare(b.throughput, a.throughput);
    };

    static void sort(List<Profile> profiles, ProfileOrder order) {
        int[] ranked = order(profiles, order);
        Profile[] inOrder = new Profile[ranked.length];
        for (int i = 0; i < ranked.length; i++) {
            inOrder[i] = profiles.get(ranked[i]);
        }
        for (int i = 0; i < ranked.length; i++) {
            profiles.set(i, inOrder[i]);
        }
    }

    /** The indexes of {@code profiles} from first to last in {@code order}; ties keep list order. */
    static int[] order(List<Profile> profiles, ProfileOrder order) {
        Ranked[] ranked = new Ranked[profiles.size()];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = Ranked.of(i, profiles.get(i));
        }
        Arrays.sort(
                ranked,
                switch (order) {
                    case RECOMMENDED -> RECOMMENDED;
                    case THROUGHPUT -> THROUGHPUT;
                    case LATENCY -> LATENCY;
                });
        int[] indexes = new int[ranked.length];
        for (int i = 0; i < ranked.length; i++) {
            indexes[i] = ranked[i].index();
        }
        return indexes;
    }
}
