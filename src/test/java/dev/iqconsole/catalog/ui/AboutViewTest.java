package dev.iqconsole.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import dev.iqconsole.fixtures.ConsoleContext;
import dev.iqconsole.profile.calibration.ServingFacts;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The About page against the real catalog: what the console is, the three labels of its figures, the modeled figures'
 * error, the price sheets in force with their dates, regions and sources as links, and the API's address.
 */
@ConsoleContext
@ViewPackages(packages = "dev.iqconsole")
class AboutViewTest extends SpringBrowserlessTest {

    @Test
    void says_where_every_number_comes_from_which_prices_are_used_and_how_to_reach_the_api() {
        navigate(AboutView.class);

        assertThat(text("about-numbers")).contains("published", "modeled", "measured", "output:input cost ratio of 4");
        assertThat(text("about-calibration"))
                .contains(String.format(Locale.ROOT, "±%.0f%%", ServingFacts.HELD_OUT_ERROR * 100))
                .contains("from ±17% to ±35% by publisher")
                .contains("×/÷ 2.7")
                .contains("docs/model-calibration.md");
        assertThat(find(Anchor.class).all())
                .extracting(Anchor::getText)
                .contains("GKE Inference Quickstart docs", "GPUStack", "NVIDIA", "SkyPilot", "vLLM");
        // the newest price sheet, its regions and its source as a short link to the file at its commit
        assertThat(text("about-prices"))
                .contains("Prices of 2026-07-30, us-central1")
                .contains("Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml @ fd66b26");
        assertThat(find(Anchor.class).all())
                .extracting(Anchor::getHref)
                .contains("https://github.com/Cyclenerd/google-cloud-pricing-cost-calculator/blob/"
                        + "fd66b26ff84fee5cdd94f341ea89206e76c06b99/pricing.yml");
        assertThat(text("about-data"))
                .contains("No public price was found for")
                .contains("a4-highgpu-8g")
                .contains("Spot, On-demand, 1-year CUD, 3-year CUD");
        assertThat(text("about-catalog")).containsPattern("\\d+ models, \\d+ machine types and \\d+ use cases");
        assertThat(text("about-api"))
                .contains("v1/models", "api_endpoint_overrides/gkerecommender", "--configuration=iqc");
    }

    private String text(String id) {
        return find(Component.class).id(id).getElement().getTextRecursively();
    }
}
