package dev.iqconsole.profile;

import dev.iqconsole.catalog.UseCase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Benchmark data as {@code gcloud container ai profiles benchmarks list} prints it, and profiles as {@code profiles
 * list --format=csvprofile} does (gcloud uses the same printer, one row per profile at its operating point) ({@code profiles_csv_printer.py},
 * docs/reference/gke-inference-quickstart.md §3.6): the same header, one row per curve point, integers for the int32 API fields, costs with three
 * decimals, empty cells for unknown values, {@code \n} line ends, quoting as Python's csv module does. After gcloud's
 * columns come the console's own: the hourly price the costs are computed from (region, date) and the row's data
 * label with its basis, so that a spreadsheet can check every cost and tell published rows from modeled ones.
 */
public final class BenchmarkCsv {

    static final String HEADER = "Instance Type,Accelerator Type,Model Name,Model Server Name,Model Server Version,"
            + "Output Tokens/s,NTPOT (ms),TTFT (ms),ITL (ms),QPS,Cost/M Input Tokens,Cost/M Output Tokens,Use Case,"
            + "Average Input Length,Average Output Length,Serving Stack,Serving Stack Version"
            + ",Machine USD/Hour,Price Region,Price Date,Data,Data Basis";

    private BenchmarkCsv() {}

    static String write(List<BenchmarkCurve> curves) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (BenchmarkCurve curve : curves) {
            for (PricedPoint point : curve.points()) {
                csv.append(row(curve.key(), curve.useCase(), point)).append('\n');
            }
        }
        return csv.toString();
    }

    public static String profiles(List<Profile> profiles) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Profile profile : profiles) {
            csv.append(row(profile.key(), profile.useCase(), profile.at())).append('\n');
        }
        return csv.toString();
    }

    private static String row(ProfileKey key, UseCase useCase, PricedPoint priced) {
        CurvePoint p = priced.point();
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
                        priced.hasCost() ? usd(priced.cost().usdPerMillionInput()) : "",
                        priced.hasCost() ? usd(priced.cost().usdPerMillionOutput()) : "",
                        useCase != null ? useCase.displayName() : key.useCase(),
                        useCase != null ? Integer.toString(useCase.averageInputTokens()) : "",
                        useCase != null ? Integer.toString(useCase.averageOutputTokens()) : "",
                        "",
                        "",
                        priced.hasCost() ? priced.cost().price().usdPerHour().toPlainString() : "",
                        priced.hasCost() ? priced.cost().price().region() : "",
                        priced.hasCost() ? priced.cost().price().priceDate().toString() : "",
                        priced.label().label(),
                        priced.label().describe())
                .map(BenchmarkCsv::cell)
                .collect(Collectors.joining(","));
    }

    static String integer(double value) {
        return Double.isNaN(value) ? "" : Long.toString(Math.round(value));
    }

    /** gcloud's {@code f"{v:.3f}"}; a missing figure stays empty. */
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
