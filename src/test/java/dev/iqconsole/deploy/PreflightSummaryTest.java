package dev.iqconsole.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one line above a check's findings counts them in words: singular for one, plural otherwise. */
class PreflightSummaryTest {

    private static PreflightReport report(int fails, int warns, int passes) {
        var findings = new java.util.ArrayList<Finding>();
        for (int i = 0; i < fails; i++) {
            findings.add(Finding.fail("check " + i, "Broken.", "Fix it."));
        }
        for (int i = 0; i < warns; i++) {
            findings.add(Finding.warn("warn " + i, "Odd.", "Look."));
        }
        for (int i = 0; i < passes; i++) {
            findings.add(Finding.pass("pass " + i, "Fine."));
        }
        return new PreflightReport("mock", "models", List.copyOf(findings));
    }

    @Test
    void one_problem_and_six_warnings_read_as_words() {
        assertThat(report(1, 6, 3).summary()).isEqualTo("1 problem must be fixed before deploying; 6 warnings.");
    }

    @Test
    void two_problems_and_one_warning() {
        assertThat(report(2, 1, 0).summary()).isEqualTo("2 problems must be fixed before deploying; 1 warning.");
    }

    @Test
    void ready_with_one_warning_or_none() {
        assertThat(report(0, 1, 2).summary()).isEqualTo("Ready to deploy, with 1 warning.");
        assertThat(report(0, 2, 2).summary()).isEqualTo("Ready to deploy, with 2 warnings.");
        assertThat(report(0, 0, 2).summary()).isEqualTo("Ready to deploy: every check passed.");
    }
}
