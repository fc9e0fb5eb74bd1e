package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.TestCatalogs;
import dev.iqconsole.catalog.UseCase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Curves for asked average lengths, built on demand, on the real catalog. */
class WorkloadCurvesTest {

    private static final Catalog CATALOG = TestCatalogs.repositoryData();
    private static final String GEMMA = "google/gemma-2-27b-it";
    private static final ProfileService SERVICE = new ProfileService(CATALOG, curves());

    private static CurveCatalog curves() {
        var built = CurveBuilder.build(CATALOG);
        return new CurveCatalog() {
            @Override
            public List<Curve> curves() {
                return built.curves();
            }

            @Override
            public List<Exclusion> exclusions() {
                return built.exclusions();
            }
        };
    }

    private static ProfileResult fetch(ProfileQuery.Builder query) {
        return SERVICE.fetch(query.build());
    }

    @Test
    void asked_lengths_are_modeled_at_exactly_those_lengths_and_labelled_asked() {
        var result = fetch(ProfileQuery.builder().model(GEMMA).averageLengths(1000, 500));

        assertThat(result.profiles()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.useCase().lengths()).isEqualTo(UseCase.Lengths.ASKED);
            assertThat(p.useCase().averageInputTokens()).isEqualTo(1000);
            assertThat(p.useCase().averageOutputTokens()).isEqualTo(500);
            assertThat(p.at().label().isPublished()).isFalse();
            assertThat(p.at().label().basis()).contains("1,000 input / 500 output tokens (asked for)");
            assertThat(p.at().point().inputTokensPerSecond())
                    .isCloseTo(
                            p.at().point().outputTokensPerSecond() * 2,
                            org.assertj.core.data.Percentage.withPercentage(1e-6));
        });
        assertThat(result.comment())
                .contains("Modeled for average lengths 1,000 input / 500 output tokens (asked for).");
    }

    @Test
    void published_points_come_with_lengths_within_twenty_percent_of_the_chatbot_ones_only() {
        var near = fetch(
                ProfileQuery.builder().model(GEMMA).modelServerVersion("all").averageLengths(250, 200));
        var far = fetch(
                ProfileQuery.builder().model(GEMMA).modelServerVersion("all").averageLengths(1000, 500));

        assertThat(near.profiles())
                .filteredOn(p -> p.at().label().isPublished())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.useCase().apiName()).isEqualTo("chatbot"));
        assertThat(near.profiles())
                .filteredOn(p -> !p.at().label().isPublished() && p.useCase().lengths() == UseCase.Lengths.ASKED)
                .isNotEmpty();
        assertThat(far.profiles()).noneMatch(p -> p.at().label().isPublished());
    }

    @Test
    void a_use_case_and_lengths_together_model_that_use_case_at_the_asked_lengths() {
        var result = fetch(
                ProfileQuery.builder().model(GEMMA).useCase("Code Completion").averageLengths(600, 80));

        assertThat(result.profiles()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.key().useCase()).isEqualTo("code completion");
            assertThat(p.useCase().averageInputTokens()).isEqualTo(600);
        });
    }

    @Test
    void the_same_lengths_asked_again_are_answered_from_the_cache() {
        var first = fetch(ProfileQuery.builder().model(GEMMA).averageLengths(777, 333));
        var again = fetch(ProfileQuery.builder().model(GEMMA).averageLengths(777, 333));

        assertThat(again.profiles()).isNotEmpty();
        // the same curve objects: built once
        assertThat(again.profiles().getFirst().curve())
                .isSameAs(first.profiles().getFirst().curve());
    }

    @Test
    void lengths_beyond_the_model_context_or_alone_are_refused_naming_the_field() {
        assertThatThrownBy(() -> fetch(ProfileQuery.builder().model(GEMMA).averageLengths(8000, 1000)))
                .isInstanceOf(ProfileQueryException.class)
                .hasMessageContaining("averageInputLength")
                .hasMessageContaining("8000 + 1000 tokens is not allowed")
                .hasMessageContaining("google/gemma-2-27b-it's context of 8192 tokens");
        assertThatThrownBy(() -> fetch(ProfileQuery.builder().model(GEMMA).averageLengths(0, 100)))
                .isInstanceOf(ProfileQueryException.class)
                .hasMessageContaining("averageInputLength")
                .hasMessageContaining("tokens from 1 to 8191");
        assertThatThrownBy(() -> fetch(ProfileQuery.builder().model(GEMMA).averageLengths(100, null)))
                .isInstanceOf(ProfileQueryException.class)
                .hasMessageContaining("averageOutputLength")
                .hasMessageContaining("work only together");
    }

    @Test
    void every_use_case_has_profiles_and_assumed_lengths_say_so() {
        for (UseCase useCase : CATALOG.useCases()) {
            var result = fetch(ProfileQuery.builder().model(GEMMA).useCase(useCase.apiName()));
            assertThat(result.profiles()).as(useCase.apiName()).isNotEmpty();
            if (useCase.lengths() == UseCase.Lengths.ASSUMED) {
                assertThat(result.profiles())
                        .allSatisfy(p -> assertThat(p.at().label().basis())
                                .contains("(assumed: GIQ does not publish this use case's lengths)"));
                assertThat(result.comment())
                        .contains(useCase.displayName() + ": modeled for average lengths")
                        .contains("(assumed: GIQ does not publish this use case's lengths)");
            }
        }
    }

    @Test
    void servers_sharing_one_modeled_curve_tie_and_the_tie_goes_to_vllm() {
        var result = fetch(ProfileQuery.builder().model(GEMMA).useCase("chatbot"));
        var top = result.profiles().getFirst();

        assertThat(top.key().modelServer()).isEqualTo("vllm");
        assertThat(top.at().label().basis())
                .contains("no server-specific measurement: vLLM, SGLang and TGI share this modeled curve");
        // the others on the same machine type tie with it exactly
        assertThat(result.profiles())
                .filteredOn(p -> p.key().machineType().equals(top.key().machineType()))
                .extracting(p -> p.at().point())
                .containsOnly(top.at().point());
    }
}
