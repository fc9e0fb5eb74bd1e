package dev.iqconsole.profile.calibration;

import dev.iqconsole.catalog.Accelerator;
import dev.iqconsole.catalog.Model;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the console needs to predict curves: the model architectures and accelerator figures of {@code data/} and the
 * committed constants, read from the copy of {@code data/} packaged with the application (the same files the catalog
 * falls back to), so that a curve never depends on the folder the console was started from.
 *
 * @param heldOutError the held-out geometric-mean error of the committed fit (docs/model-calibration.md): a
 *     prediction's band is {@code prediction x/÷ (1 + heldOutError)}
 */
public record ServingFacts(
        Map<String, ModelArchitecture> architectures,
        Map<String, Hardware> accelerators,
        ServingModel model,
        double heldOutError) {

    /**
     * The held-out geometric mean over every held-out observation in docs/model-calibration.md (CalibrationTest keeps
     * them equal): a point of a curve counts as one observation, so this, not the mean over the publishers (the
     * document's second figure), is what one modeled figure is expected to be off by.
     */
    public static final double HELD_OUT_ERROR = 0.235;

    /**
     * The band of an accelerator no fitted measurement covers (TPUs): the one accelerator first predicted from its
     * datasheet alone, the L4, was 2.7x too fast before its power cap was modeled, so such a curve is ×/÷ 2.7.
     */
    public static final double UNCALIBRATED_ERROR = 1.7;

    /**
     * An error band as every page, label and legend writes it: {@code 0.235} reads {@code ±24%}. The float's noise
     * is rounded away first ({@code 1.235 - 1} is 0.23499999…), so that a band computed from a factor reads as the
     * same error written as a fraction; then half up to a whole percent.
     */
    public static String errorPercent(double error) {
        return "±"
                + BigDecimal.valueOf(error)
                        .setScale(6, RoundingMode.HALF_UP)
                        .movePointRight(2)
                        .setScale(0, RoundingMode.HALF_UP)
                        .toPlainString()
                + "%";
    }

    /**
     * Whether the fit saw measurements on this accelerator's chip: every NVIDIA GPU of the catalog (the H100 Mega is
     * the H100 chip; CalibrationTest checks the others have fitted rows), no TPU.
     */
    public static boolean calibratedOn(String accelerator) {
        return accelerator.startsWith("nvidia-");
    }

    /** The error band a prediction for this deployment carries: the held-out error, or the uncalibrated one. */
    public double errorFor(Deployment deployment) {
        return calibratedOn(deployment.hardware().label()) ? heldOutError : UNCALIBRATED_ERROR;
    }

    /** Below this many concurrent sequences a replica is not a useful server: the model does not "fit". */
    public static final int MIN_USEFUL_BATCH = 8;

    private static final String PACKAGED = "catalog-data/";
    private static final double GIB = 1L << 30;

    public static ServingFacts packaged(List<Model> catalogModels, List<Accelerator> catalogAccelerators) {
        return new ServingFacts(
                architectures(catalogModels),
                Map.copyOf(CalibrationData.accelerators(rows("accelerator_compute.csv"), catalogAccelerators)),
                new ServingModel(ServingConstants.of(rows("model_calibration.csv"))),
                HELD_OUT_ERROR);
    }

    /**
     * The architectures that agree with the catalog's facts. CalibrationTest holds the repository's files to all of
     * them; a model whose facts another catalog states differently is left out here, and its curves are excluded with
     * that reason rather than stopping the console.
     */
    private static Map<String, ModelArchitecture> architectures(List<Model> catalogModels) {
        var result = new HashMap<String, ModelArchitecture>();
        for (var row : rows("model_architecture.csv")) {
            try {
                result.putAll(CalibrationData.architectures(List.of(row), catalogModels));
            } catch (IllegalArgumentException disagrees) {
                // excluded with "no architecture facts"
            }
        }
        return Map.copyOf(result);
    }

    private static List<Csv.Row> rows(String name) {
        try (InputStream in = ServingFacts.class.getClassLoader().getResourceAsStream(PACKAGED + name)) {
            if (in == null) {
                throw new IllegalStateException("the application has no packaged " + name);
            }
            return Csv.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read packaged " + name, e);
        }
    }

    /** The model's published checkpoint served by {@code server} on {@code count} chips, if both are known. */
    public Optional<Deployment> deployment(
            String modelId, String accelerator, int count, Server server, String version) {
        var architecture = architectures.get(modelId);
        var hardware = accelerators.get(accelerator);
        if (architecture == null || hardware == null) {
            return Optional.empty();
        }
        return Optional.of(Deployment.of(architecture, hardware.times(count), server, version));
    }

    /**
     * Why the deployment cannot hold {@link #MIN_USEFUL_BATCH} sequences of this shape, in words a user can act on;
     * empty when it can.
     */
    public Optional<String> fitProblem(Deployment deployment, RequestShape shape) {
        var hardware = deployment.hardware();
        double weights = deployment.model().weightBytes(deployment.precision());
        String chips = hardware.count() + " x " + hardware.label() + (hardware.count() == 1 ? " has " : " have ")
                + fmt(hardware.totalMemoryBytes() / GIB) + " GiB";
        if (weights > hardware.totalMemoryBytes()) {
            return Optional.of("needs " + fmt(weights / GIB) + " GiB of weights; " + chips);
        }
        int batch = model.maxBatch(deployment, shape);
        if (batch < MIN_USEFUL_BATCH) {
            return Optional.of("needs " + fmt(weights / GIB) + " GiB of weights plus the KV cache of "
                    + MIN_USEFUL_BATCH + " sequences of " + Math.round(shape.inputTokens()) + "+"
                    + Math.round(shape.outputTokens()) + " tokens; " + chips + ", of which "
                    + Math.round(deployment.memoryUtilization() * 100) + "% is usable less a "
                    + Math.round(model.constants().reserveShare() * 100) + "% reserve: room for " + batch
                    + (batch == 1 ? " sequence" : " sequences"));
        }
        return Optional.empty();
    }

    /** Bytes of the weights as served (all experts included). */
    public double weightBytes(Deployment deployment) {
        return deployment.model().weightBytes(deployment.precision());
    }

    /** KV-cache bytes one sequence holds at its mean context on all chips together (paged on demand). */
    public double kvBytesPerSequence(Deployment deployment, RequestShape shape) {
        return deployment.kvBytes(shape.meanContext());
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replaceAll("\\.0$", "");
    }
}
