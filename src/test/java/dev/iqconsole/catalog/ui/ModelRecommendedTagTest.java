package dev.iqconsole.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import dev.iqconsole.fixtures.ConsoleContext;
import dev.iqconsole.profile.ui.GlanceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The model page marks the profile the deploy page recommends, and the deploy page recommends only a machine with a
 * price: DeepSeek-R1 fits only 8 × H200 or B200, which no public Spot price covers, so no row of its page is marked.
 */
@ConsoleContext
@ViewPackages(packages = "dev.iqconsole")
class ModelRecommendedTagTest extends SpringBrowserlessTest {

    @Test
    void only_a_priced_profile_is_marked_recommended() {
        assertThat(marked("openai", "gpt-oss-20b"))
                .singleElement()
                .satisfies(r -> assertThat(r.first().at().hasCost()).isTrue());
        assertThat(marked("deepseek-ai", "DeepSeek-R1")).isEmpty();
    }

    /** The rows whose first cell (the machine type) shows the Recommended tag. */
    private List<GlanceRow> marked(String owner, String name) {
        navigate(ModelView.class, Map.of("owner", owner, "name", name));
        @SuppressWarnings("unchecked")
        Grid<GlanceRow> grid = find(Grid.class).id("model-profiles");
        var tester = test(grid);
        int column = 0; // what the row is leads it, the pick tagged inside
        List<GlanceRow> marked = new ArrayList<>();
        for (int row = 0; row < tester.size(); row++) {
            var tags = find(Span.class, tester.getCellComponent(row, column))
                    .withClassName("iqc-tag-recommended")
                    .all();
            if (!tags.isEmpty()) {
                marked.add(tester.getRow(row));
            }
        }
        return marked;
    }
}
