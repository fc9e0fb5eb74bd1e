package dev.iqconsole.profile.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.iqconsole.catalog.TestCatalogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed constants and the figures of docs/model-calibration.md are what a fresh fit computes. After changing
 * the data or the model, regenerate both with {@code IQC_WRITE_CALIBRATION=1 ./mvnw test -Dtest=CalibrationTest}.
 */
class CalibrationTest {

    private static final Path DATA = Path.of("data");
    private static final Path DOC = Path.of("docs/model-calibration.md");

    private static CalibrationData data;
    private static Calibration.Result result;

    @BeforeAll
    static void fit() throws IOException {
        var catalog = TestCatalogs.repositoryData();
        data = CalibrationData.load(DATA, catalog.models(), catalog.accelerators());
        result = Calibration.run(data);
        if (System.getenv("IQC_WRITE_CALIBRATION") != null) {
            Files.writeString(
                    DATA.resolve("model_calibration.csv"),
                    CalibrationReport.constantsCsv(result, data),
                    StandardCharsets.UTF_8);
            Files.writeString(DOC, withGeneratedSection(Files.readString(DOC, StandardCharsets.UTF_8)));
        }
    }

    @Test
    void committed_constants_equal_a_fresh_fit() {
        double[] committed = ServingConstants.committed(DATA).toArray();
        double[] fresh = result.constants().toArray();
        for (int i = 0; i < fresh.length; i++) {
            assertThat(committed[i])
                    .as(ServingConstants.NAMES.get(i))
                    .isCloseTo(fresh[i], within(Math.abs(fresh[i]) * 1e-5));
        }
    }

    @Test
    void the_document_states_the_fitted_constants_and_the_errors_the_code_computes() throws IOException {
        var doc = Files.readString(DOC, StandardCharsets.UTF_8);

        assertThat(doc).contains(CalibrationReport.markdown(result, data));
    }

    @Test
    void the_curves_band_is_the_held_out_error_the_fit_computes() {
        assertThat(ServingFacts.HELD_OUT_ERROR).isCloseTo(CalibrationReport.pooledHeldOut(result), within(0.0005));
    }

    @Test
    void every_accelerator_whose_band_is_the_held_out_error_has_fitted_measurements() {
        var fitted = data.measurements().stream()
                .map(m -> m.deployment().hardware().label())
                .collect(java.util.stream.Collectors.toSet());
        // the H100 Mega is the H100 chip with more network: calibrated through the H100's rows
        assertThat(data.accelerators().keySet())
                .filteredOn(ServingFacts::calibratedOn)
                .filteredOn(label -> !label.equals("nvidia-h100-mega-80gb"))
                .allSatisfy(label -> assertThat(fitted).contains(label));
        assertThat(data.accelerators().keySet())
                .filteredOn(label -> !ServingFacts.calibratedOn(label))
                .allSatisfy(label -> assertThat(fitted).doesNotContain(label));
    }

    @Test
    void every_source_group_is_held_out_once() {
        assertThat(result.heldOutErrorByGroup().keySet())
                .containsExactlyElementsOf(Calibration.groups(data.measurements()))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(result.heldOutErrorByGroup().values())
                .allSatisfy(error -> assertThat(error).isPositive());
    }

    private static String withGeneratedSection(String doc) {
        int start = doc.indexOf(CalibrationReport.START);
        int end = doc.indexOf(CalibrationReport.END);
        var generated = CalibrationReport.markdown(result, data);
        if (start < 0 || end < 0) {
            return doc + "\n" + generated;
        }
        return doc.substring(0, start) + generated + doc.substring(end + CalibrationReport.END.length() + 1);
    }
}
