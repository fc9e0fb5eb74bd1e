package dev.iqconsole.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.profile.calibration.ServingFacts;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AboutCalibrationTest {

    @Test
    void the_about_page_states_the_error_the_modeled_curves_carry_and_where_it_is_documented() {
        var about = new AboutView();
        var paragraph = about.getChildren()
                .filter(c -> c.getId().orElse("").equals("about-calibration"))
                .findFirst()
                .orElseThrow();

        assertThat(paragraph.getElement().getText())
                .contains(String.format(Locale.ROOT, "±%.0f%%", ServingFacts.HELD_OUT_ERROR * 100))
                .contains("docs/model-calibration.md");
    }
}
