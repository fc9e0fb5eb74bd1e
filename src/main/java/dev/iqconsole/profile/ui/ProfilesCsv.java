package dev.iqconsole.profile.ui;

import dev.iqconsole.profile.CurvePoint;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The profiles table as {@code gcloud container ai profiles list --format=csvprofile} prints it: gcloud uses the
 * benchmarks CSV printer (giq-spec.md §1.6, §1.7), so the same header, with one row per profile at its operating
 * point; integers for the int32 API fields, costs with three decimals, empty cells for unknown values, {@code \n}
 * line ends, quoting as Python's csv module does. The engine's own writer covers benchmarks only and is internal to
 * the engine, hence this small twin.
 */
final class ProfilesCsv {

    static final String HEADER = "Instance Type,Accelerator Type,Model Name,Model Server Name,Model Server Version,"
            + "Output Tokens/s,NTPOT (ms),TTFT (ms),ITL (ms),QPS,Cost/M Input Tokens,Cost/M Output Tokens,Use Case,"
            + "Average Input Length,Average Output Length,Serving Stack,Serving Stack Version";

    private ProfilesCsv() {}

    static String of(List<Profile> profiles) {
        var csv = new StringBuilder(HEADER).append('\n');
        profiles.forEach(p -> csv.append(row(p)).append('\n'));
        return csv.toString();
    }

    private static String row(Profile profile) {
        ProfileKey key = profile.key();
        CurvePoint p = profile.at().point();
        var cost = profile.at().cost();
        var useCase = profile.useCase();
        return Stream.of(
                        key.machineType(),
                        key.accelerator(),
                        key.model(),
                        key.modelServer(),
                        key.serverVersion(),
                        integer(p.outputTokensPerSecond()),
                        integer(p.ntpotMs()),
                        integer(p.ttftMs()),
                        integer(p.itlMs()),
                        Double.isNaN(p.queriesPerSecond()) ? "" : Double.toString(p.queriesPerSecond()),
                        cost != null ? usd(cost.usdPerMillionInput()) : "",
                        cost != null ? usd(cost.usdPerMillionOutput()) : "",
                        useCase != null ? useCase.displayName() : key.useCase(),
                        useCase != null ? Integer.toString(useCase.averageInputTokens()) : "",
                        useCase != null ? Integer.toString(useCase.averageOutputTokens()) : "",
                        "",
                        "")
                .map(ProfilesCsv::cell)
                .collect(Collectors.joining(","));
    }

    private static String integer(double value) {
        return Double.isNaN(value) ? "" : Long.toString(Math.round(value));
    }

    /** gcloud's {@code f"{v:.3f}"}; a missing figure (one side unpriced) stays empty. */
    private static String usd(BigDecimal value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Python's csv.writer (QUOTE_MINIMAL): quote cells holding a comma, quote or line break; double the quotes. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
