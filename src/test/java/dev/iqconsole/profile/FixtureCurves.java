package dev.iqconsole.profile;

import static dev.iqconsole.profile.FixtureCatalog.GEMMA;
import static dev.iqconsole.profile.FixtureCatalog.GPT_OSS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Curves for tests, built in code. The gemma-2-27b-it curves are GIQ's own, digitized from the notebook charts
 * (docs/reference/public-benchmarks.md §1.3: NTPOT ms -> output tok/s, inflection as GIQ returned it); the gpt-oss-20b curve is the
 * worked modeled example of docs/reference/public-benchmarks.md §6.7 (ITL set to its TPOT column). The older-version, TPU and
 * code-completion curves are scaled copies that exist only to exercise filters.
 */
public class FixtureCurves implements CurveCatalog {

    static final double NAN = Double.NaN;

    private final List<Curve> curves = new ArrayList<>();

    public FixtureCurves() {
        curves.add(digitized("a3-highgpu-1g", "nvidia-h100-80gb", 1, 4, new double[][] {
            {34, 172}, {40, 861}, {47, 1422}, {54, 1799}, {67, 2050}, {615, 2091}, {1538, 2077}, {2265, 2104}
        }));
        curves.add(digitized("a2-highgpu-2g", "nvidia-tesla-a100", 2, 4, new double[][] {
            {34, 172}, {47, 567}, {54, 801}, {58, 1040}, {70, 1243}, {156, 1395}, {741, 1395}
        }));
        curves.add(digitized("g2-standard-48", "nvidia-l4", 4, 4, new double[][] {
            {118, 145}, {151, 233}, {180, 364}, {197, 388}, {1085, 425}, {2012, 434}
        }));
        curves.add(gptOss("v0.10.1", "a3-highgpu-1g", "nvidia-h100-80gb", 1, null, "chatbot", 1.0));
        curves.add(gptOss("v0.7.2", "a3-highgpu-1g", "nvidia-h100-80gb", 1, null, "chatbot", 0.8));
        curves.add(gptOss("nightly-20250801", "ct6e-standard-4t", "tpu-v6e-slice", 4, "2x2", "chatbot", 1.5));
        curves.add(gptOss("v0.10.1", "a3-highgpu-1g", "nvidia-h100-80gb", 1, null, "code completion", 0.5));
    }

    private static Curve digitized(String machineType, String accelerator, int count, int inflection, double[][] rows) {
        List<CurvePoint> points = new ArrayList<>();
        for (double[] row : rows) {
            points.add(new CurvePoint(NAN, row[1], NAN, row[0], NAN, NAN, Provenance.PUBLISHED_DIGITIZED));
        }
        var key = new ProfileKey(GEMMA, "vllm", "v0.7.2", machineType, accelerator, count, null, "chatbot");
        return new Curve(
                key,
                points,
                inflection,
                Provenance.PUBLISHED_DIGITIZED,
                "nb-" + machineType,
                Map.of(),
                "giq_visualizations.ipynb cells 23 & 27 (digitized)");
    }

    /** docs/reference/public-benchmarks.md §6.7, gpt-oss-20b / vLLM / a3-highgpu-1g; {@code scale} multiplies throughputs. */
    static Curve gptOss(
            String version,
            String machineType,
            String accelerator,
            int count,
            String topology,
            String useCase,
            double scale) {
        double[][] rows = {
            // qps, output tok/s, input tok/s, ntpot, ttft, itl
            {6.84, 1334, 1545, 6.6, 43, 6.4},
            {17.1, 3334, 3864, 7.8, 50, 7.6},
            {34.19, 6668, 7727, 11.0, 66, 10.7},
            {51.29, 10001, 11591, 18.9, 104, 18.5},
            {61.55, 12002, 13909, 33.2, 166, 32.5},
            {68.38, 13335, 15455, 67.0, 297, 65.8},
            {75.22, 13335, 15455, 217, 15297, NAN}
        };
        List<CurvePoint> points = new ArrayList<>();
        for (double[] r : rows) {
            points.add(new CurvePoint(r[0] * scale, r[1] * scale, r[2] * scale, r[3], r[4], r[5], Provenance.MODELED));
        }
        var key = new ProfileKey(GPT_OSS, "vllm", version, machineType, accelerator, count, topology, useCase);
        return new Curve(key, points, 5, Provenance.MODELED, "seed-1", Map.of("Xinf", 14647.0), "modeled (fixture)");
    }

    @Override
    public List<Curve> curves() {
        return curves;
    }

    @Override
    public List<Exclusion> exclusions() {
        return List.of();
    }
}
