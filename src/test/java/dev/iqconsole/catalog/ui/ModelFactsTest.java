package dev.iqconsole.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.catalog.Model;
import org.junit.jupiter.api.Test;

class ModelFactsTest {

    @Test
    void a_quality_score_is_shown_with_its_source_and_verified_facts_say_so() {
        // Not a real score: this checks only how a score and its source are laid out.
        var model = new Model(
                "acme/dense-8b",
                "Dense 8B",
                "Acme",
                8,
                8,
                15,
                8192,
                "MIT",
                false,
                131072,
                1234,
                "example leaderboard, 2025-01-01",
                true,
                "https://example.org/acme/dense-8b");

        String text = new ModelFacts(model).getElement().getTextRecursively();

        assertThat(text)
                .contains("Quality (Elo)1234example leaderboard, 2025-01-01")
                .contains("Active parameters8Bdense")
                .contains("Context window8K tokens")
                .contains("SourceModel cardexample.org/acme/dense-8b · checked against its config.json");
    }
}
