package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.TestCatalogs;
import dev.iqconsole.profile.calibration.ServingFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The curves built beside the console's start are exactly those an eager build on the caller's thread returns. */
class ModeledCurveCatalogTest {

    private final Catalog catalog = TestCatalogs.repositoryData();
    private final CurveCatalog beside = new ModeledCurveCatalog(catalog);

    @Test
    void every_use_cases_modeled_curves_equal_a_build_of_that_use_case_alone_same_keys_same_points() {
        var facts = ServingFacts.packaged(catalog.models(), catalog.accelerators());
        assertThat(catalog.useCases()).hasSize(6);
        for (var useCase : catalog.useCases()) {
            var eager = CurveBuilder.modeled(catalog, facts, useCase, null);
            var built = beside.curves().stream()
                    .filter(c -> useCase.apiName().equals(c.key().useCase())
                            && c.anchorRef().equals(CurveBuilder.MODELED_REF))
                    .toList();
            assertThat(built).as(useCase.apiName()).isNotEmpty();
            assertThat(built.stream().map(Curve::key).toList())
                    .as(useCase.apiName())
                    .isEqualTo(eager.curves().stream().map(Curve::key).toList());
            assertThat(built).as(useCase.apiName()).isEqualTo(eager.curves());
            assertThat(beside.exclusions().stream()
                            .filter(e -> useCase.apiName().equals(e.useCase()))
                            .toList())
                    .as(useCase.apiName())
                    .isEqualTo(eager.exclusions());
        }
    }

    @Test
    void the_whole_catalog_published_curves_included_equals_an_eager_build_in_the_same_order() {
        var eager = CurveBuilder.build(catalog);
        assertThat(beside.curves()).isEqualTo(eager.curves());
        assertThat(beside.exclusions()).isEqualTo(eager.exclusions());
    }

    @Test
    void every_use_cases_profiles_are_those_of_a_service_over_eagerly_built_curves() {
        var eager = CurveBuilder.build(catalog);
        var overEager = new ProfileService(catalog, new CurveCatalog() {
            @Override
            public List<Curve> curves() {
                return eager.curves();
            }

            @Override
            public List<Exclusion> exclusions() {
                return eager.exclusions();
            }
        });
        var overBeside = new ProfileService(catalog, beside);
        for (var useCase : catalog.useCases()) {
            var query = ProfileQuery.builder().useCase(useCase.apiName()).build();
            var expected = overEager.fetch(query).profiles();
            assertThat(expected).as(useCase.apiName()).isNotEmpty();
            assertThat(overBeside.fetch(query).profiles()).as(useCase.apiName()).isEqualTo(expected);
        }
    }

    @Test
    void a_build_that_fails_gives_its_own_error_to_every_caller_not_a_wrapper() {
        var failed = Background.run("failing-build", () -> {
            throw new IllegalStateException("the catalog has no machine type 'a9-none'");
        });
        for (int call = 0; call < 2; call++) {
            assertThatThrownBy(() -> Background.await(failed))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the catalog has no machine type 'a9-none'");
        }
    }
}
