package dev.iqconsole.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.profile.calibration.ServingFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The About page's calibration figures are the committed report's: the held-out error the curves carry, each
 * publisher's held-out error from docs/model-calibration.md's table, and a source for each publisher that
 * data/measurement_sources.csv cites.
 */
class AboutCalibrationTest {

    @Test
    void each_publishers_held_out_error_is_the_reports_and_its_link_a_cited_source() throws IOException {
        String report = Files.readString(Path.of("docs", "model-calibration.md"));
        String sources = Files.readString(Path.of("data", "measurement_sources.csv"));

        assertThat(report).contains(String.format(Locale.ROOT, "**%.1f%%**", ServingFacts.HELD_OUT_ERROR * 100));
        for (var publisher : Publisher.ALL) {
            var row = Pattern.compile(
                            "\\| " + publisher.name().toUpperCase(Locale.ROOT) + " \\|[^\\n]*\\| ([0-9.]+)% \\|\\n")
                    .matcher(report);
            assertThat(row.find())
                    .as(publisher.name() + " in the report's held-out table")
                    .isTrue();
            assertThat(publisher.heldOutError() * 100)
                    .as(publisher.name())
                    .isEqualTo(Double.parseDouble(row.group(1)), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(sources).as(publisher.name() + "'s link").contains(publisher.url());
        }
    }
}
