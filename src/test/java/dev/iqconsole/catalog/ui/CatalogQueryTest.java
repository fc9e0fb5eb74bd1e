package dev.iqconsole.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogQueryTest {

    private static final Set<String> PROVIDERS = Set.of("Google", "Meta", "OpenAI");

    @Test
    void every_filter_survives_the_trip_through_the_address() {
        var filter = new ModelFilter(
                "gpt 20b", Set.of("OpenAI", "Meta"), Set.of(SizeBucket.MEDIUM, SizeBucket.SMALL), Access.OPEN, true);

        String address = CatalogQuery.of(filter).getQueryString();

        assertThat(address.split("&"))
                .containsExactlyInAnyOrder(
                        "q=gpt%2020b",
                        "provider=Meta",
                        "provider=OpenAI",
                        "size=small",
                        "size=medium",
                        "access=open",
                        "optimized=true");
        assertThat(CatalogQuery.filter(QueryParameters.fromString(address), PROVIDERS))
                .isEqualTo(filter);
    }

    @Test
    void no_filter_is_an_empty_address() {
        assertThat(CatalogQuery.of(ModelFilter.NONE).getQueryString()).isEmpty();
        assertThat(CatalogQuery.filter(QueryParameters.empty(), PROVIDERS)).isEqualTo(ModelFilter.NONE);
    }

    @Test
    void values_a_link_should_not_carry_are_ignored_not_refused() {
        var query = QueryParameters.fromString("provider=Acme&provider=Google&size=huge&access=secret&optimized=false");

        assertThat(CatalogQuery.filter(query, PROVIDERS))
                .isEqualTo(new ModelFilter("", Set.of("Google"), Set.of(), Access.ANY, false));
    }
}
