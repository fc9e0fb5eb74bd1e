package dev.iqconsole.profile.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.iqconsole.base.ui.BrowserConsole;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.fixtures.ConsoleBrowser;
import dev.iqconsole.fixtures.ConsoleContext;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A newcomer's first journey in real Chromium (Debian's, see DebianChromium): open the console, find
 * openai/gpt-oss-20b, open it, see the Optimized tag and its chart drawn; then the profiles explorer. Screenshots
 * go to target/screenshots/ for a person to look at.
 */
@ConsoleContext
class ConsoleJourneyTest {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @Autowired
    Catalog catalog;

    @LocalServerPort
    int port;

    @Test
    void a_newcomer_finds_gpt_oss_20b_and_sees_it_is_optimized_with_a_drawn_chart() {
        try (var context = ConsoleBrowser.context(1440, 900)) {
            Page page = ConsoleBrowser.page(context);
            // The machine is shared and small: give a cold first page time, and surface browser-side errors.
            page.onResponse(r -> {
                if (r.status() >= 400) {
                    System.out.println("[browser] HTTP " + r.status() + " " + r.url());
                }
            });
            var browserConsole = BrowserConsole.watch(page);

            long start = System.nanoTime();
            page.navigate(url("/"));
            assertThat(page.locator("[data-model]")).hasCount(catalog.models().size());
            long catalogMs = (System.nanoTime() - start) / 1_000_000;
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("catalog.png"))
                    .setFullPage(true));

            page.locator("#model-search input").fill("openai/gpt-oss-20b");
            assertThat(page.locator("[data-model]")).hasCount(1);
            var card = page.locator("[data-model='openai/gpt-oss-20b']");
            assertThat(card.locator(".iqc-tag-optimized")).hasText("Optimized");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("catalog-search.png")));

            start = System.nanoTime();
            card.locator("a").first().click();
            page.waitForURL("**/models/openai/gpt-oss-20b");
            assertThat(page.locator("#model-tags .iqc-tag-optimized")).hasText("Optimized");
            assertThat(page.locator("#model-chart[data-rendered] svg")).isVisible();
            long modelMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(page.locator("#model-chart")).not().hasAttribute("data-error", Pattern.compile(".*"));
            assertThat(page.locator("#model-facts")).containsText("Apache-2.0");
            // The app layout scrolls inside its content area, so a whole-page shot needs a tall viewport.
            page.setViewportSize(1440, 1750);
            shot(page, "model.png");
            page.locator("#model-chart")
                    .screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("model-chart.png")));

            page.navigate(url("/profiles?model=google/gemma-2-27b-it"));
            assertThat(page.locator("#profiles-chart[data-rendered] svg")).isVisible();
            assertThat(page.locator("#points-table")).containsText("2,050");
            shot(page, "profiles.png");

            start = System.nanoTime();
            page.navigate(url("/"));
            assertThat(page.locator("[data-model]")).hasCount(catalog.models().size());
            long warmCatalogMs = (System.nanoTime() - start) / 1_000_000;

            System.out.printf(
                    "[journey] catalog first load %d ms, warm %d ms; card click -> model page with chart drawn %d ms%n",
                    catalogMs, warmCatalogMs, modelMs);
            org.assertj.core.api.Assertions.assertThat(browserConsole.policyViolations())
                    .isEmpty();
        }
    }

    @Test
    void the_catalog_filters_live_in_the_address_so_back_and_a_shared_link_restore_them() {
        try (var context = ConsoleBrowser.context(1440, 900)) {
            Page page = ConsoleBrowser.page(context);
            page.navigate(url("/"));
            assertThat(page.locator("[data-model]")).hasCount(catalog.models().size());

            page.locator("#model-search input").fill("moe");
            page.locator("#optimized-only").click();
            assertThat(page).hasURL(Pattern.compile(".*\\?q=moe&optimized=true$"));
            assertThat(page.locator("[data-model]")).hasCount(1);
            page.locator("[data-model='openai/gpt-oss-20b'] a").click();
            assertThat(page).hasURL(Pattern.compile(".*/models/.*"));
            // Back once the model page has rendered and Vaadin has nothing in flight, as a person would: a Back
            // while a round trip is still on its way ends on the page that round trip renders
            assertThat(page.locator("#model-profiles")).isVisible();
            ConsoleBrowser.vaadinIdle(page);

            page.goBack();
            assertThat(page.locator("#model-search input")).hasValue("moe");
            assertThat(page.locator("#optimized-only input")).isChecked();
            assertThat(page.locator("[data-model]")).hasCount(1);

            Page shared = ConsoleBrowser.page(context);
            shared.navigate(url("/?q=llama&access=gated"));
            assertThat(shared.locator("#model-search input")).hasValue("llama");
            assertThat(shared.locator("[data-model]")).hasCount((int) catalog.models().stream()
                    .filter(m -> m.gated() && m.id().toLowerCase().contains("llama"))
                    .count());
        }
    }

    @Test
    void an_unknown_address_is_a_not_found_page_inside_the_layout_and_every_page_has_a_favicon() {
        try (var context = ConsoleBrowser.context(1024, 800)) {
            Page page = ConsoleBrowser.page(context);

            // Vaadin answers every address with its app shell (200) and routes in the browser; the view sets 404
            // on the navigation, and what a person sees is the page below.
            page.navigate(url("/nope"));

            assertThat(page.locator("#not-found h1")).hasText("Page not found");
            assertThat(page.locator("#not-found-path")).containsText("/nope");
            assertThat(page.locator("#main-nav")).isVisible();
            assertThat(page).hasTitle("Page not found · Inference Quickstart Console");
            String favicon = page.locator("link[rel=icon]").getAttribute("href");
            var icon = context.request().get(url("/" + favicon));
            org.assertj.core.api.Assertions.assertThat(icon.status()).isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(icon.headers().get("content-type"))
                    .startsWith("image/svg+xml");
            shot(page, "not-found-1024.png");
        }
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
