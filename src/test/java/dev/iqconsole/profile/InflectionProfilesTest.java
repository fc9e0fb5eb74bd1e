package dev.iqconsole.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.catalog.TestCatalogs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Queries without a latency target are answered from profiles priced and ranked once ({@link InflectionProfiles}):
 * on the real catalog, for every pricing model, order and version selector, the answer must be what pricing each
 * curve at its inflection point and sorting would give.
 */
class InflectionProfilesTest {

    private static final Catalog CATALOG = TestCatalogs.repositoryData();
    private final ProfileService service = new ProfileService(CATALOG, new ModeledCurveCatalog(CATALOG));
    private final Pricer pricer = new Pricer(CATALOG);

    @Test
    void every_profile_is_read_at_its_inflection_point_priced_as_the_pricer_prices_it_and_ranked_as_sorting_would() {
        for (PricingModel pricingModel : PricingModel.values()) {
            for (ProfileOrder order : ProfileOrder.values()) {
                for (String versions : new String[] {null, "all"}) {
                    var result = service.fetch(ProfileQuery.builder()
                            .pricingModel(pricingModel.apiName())
                            .modelServerVersion(versions)
                            .order(order)
                            .build());
                    String query = pricingModel + ", " + order + ", versions " + versions;

                    assertThat(result.profiles()).as(query).isNotEmpty().allSatisfy(profile -> {
                        CurvePoint inflection = profile.curve().inflection();
                        assertThat(profile.at())
                                .isEqualTo(pricer.price(
                                        profile.curve(), inflection, profile.useCase(), pricingModel, 4.0));
                    });
                    List<Profile> byKey = new ArrayList<>(result.profiles());
                    byKey.sort(Comparator.comparing(Profile::curve, CurveIndex.KEY_ORDER));
                    List<Profile> sorted = IntStream.range(0, byKey.size())
                            .boxed()
                            .sorted(RankedPositionsTest.reference(byKey, order))
                            .map(byKey::get)
                            .toList();
                    assertThat(result.profiles()).as(query).containsExactlyElementsOf(sorted);
                }
            }
        }
    }

    @Test
    void filters_and_cost_targets_pick_from_the_ranked_profiles_without_changing_their_order() {
        var all = service.fetch(ProfileQuery.builder().build()).profiles();
        String model = all.getLast().key().model();

        var oneModel =
                service.fetch(ProfileQuery.builder().model(model).build()).profiles();

        assertThat(oneModel)
                .isNotEmpty()
                .containsExactlyElementsOf(
                        all.stream().filter(p -> p.key().model().equals(model)).toList());
        var cheapest = all.getFirst().at().cost().usdPerMillionOutput();
        assertThat(service.fetch(ProfileQuery.builder()
                                .targetUsdPerMillionOutput(cheapest)
                                .build())
                        .profiles())
                .containsExactlyElementsOf(all.stream()
                        .filter(p -> p.at().hasCost()
                                && p.at().cost().usdPerMillionOutput().compareTo(cheapest) <= 0)
                        .toList());
    }
}
