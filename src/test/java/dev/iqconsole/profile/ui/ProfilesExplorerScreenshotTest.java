package dev.iqconsole.profile.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.iqconsole.fixtures.ConsoleBrowser;
import dev.iqconsole.fixtures.ConsoleContext;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The finished profiles explorer in real Chromium: the profiles table and the three cost charts drawn. The
 * screenshot (target/screenshots/profiles-explorer.png) is for a person to look at; the app layout scrolls inside
 * its content area, hence the tall viewport.
 */
@ConsoleContext
class ProfilesExplorerScreenshotTest {

    @LocalServerPort
    int port;

    @Test
    void the_explorer_draws_its_table_and_cost_charts() {
        try (var context = ConsoleBrowser.context(1440, 2400)) {
            Page page = ConsoleBrowser.page(context);

            page.navigate("http://127.0.0.1:" + port + "/profiles?model=google/gemma-2-27b-it");

            assertThat(page.locator("#profiles-table")).containsText("$0.615");
            for (String chart :
                    new String[] {"cost-vs-ntpot-chart", "input-vs-output-chart", "quality-vs-price-chart"}) {
                assertThat(page.locator("#" + chart + "[data-rendered] svg")).isVisible();
                assertThat(page.locator("#" + chart))
                        .not()
                        .hasAttribute("data-error", java.util.regex.Pattern.compile(".*"));
            }
            assertThat(page.locator("#no-quality-score")).containsText("No quality score");
            ConsoleBrowser.chartsSettled(page);
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "profiles-explorer.png")));

            // an NTPOT target: the L4 profile drops out, the others are read at 40 ms, the target line is drawn
            page.locator("#ntpot-target input").fill("40");
            page.locator("#ntpot-target input").press("Enter");
            // the grid keeps a dropped row's cells in its light DOM, hidden: only visible cells count
            assertThat(page.locator("#profiles-table vaadin-grid-cell-content:visible:has-text('g2-standard-48')"))
                    .hasCount(0);
            assertThat(page.locator("#profiles-table")).containsText("40 ms");
            ConsoleBrowser.chartsSettled(page); // the charts animate to the target
            page.screenshot(new Page.ScreenshotOptions()
                    .setClip(0, 0, 1440, 1200)
                    .setPath(Paths.get("target", "screenshots", "profiles-explorer-target.png")));
        }
    }
}
