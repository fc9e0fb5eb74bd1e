package dev.iqconsole.profile.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.iqconsole.base.ui.DebianChromium;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The finished profiles explorer in real Chromium: the profiles table and the three cost charts drawn. The
 * screenshot (target/screenshots/profiles-explorer.png) is for a person to look at; the app layout scrolls inside
 * its content area, hence the tall viewport.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:explorershot;DB_CLOSE_DELAY=-1")
class ProfilesExplorerScreenshotTest {

    @LocalServerPort
    int port;

    @Test
    void the_explorer_draws_its_table_and_cost_charts() {
        try (var chromium = DebianChromium.launch();
                var context =
                        chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1440, 2400))) {
            Page page = context.newPage();
            PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
            page.setDefaultTimeout(30_000);

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
            page.waitForTimeout(600); // the charts' 300 ms animation
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "profiles-explorer.png")));

            // an NTPOT target: the L4 profile drops out, the others are read at 40 ms, the target line is drawn
            page.locator("#ntpot-target input").fill("40");
            page.locator("#ntpot-target input").press("Enter");
            // the grid keeps a dropped row's cells in its light DOM, hidden: only visible cells count
            assertThat(page.locator("#profiles-table vaadin-grid-cell-content:visible:has-text('g2-standard-48')"))
                    .hasCount(0);
            assertThat(page.locator("#profiles-table")).containsText("40 ms");
            page.waitForTimeout(600);
            page.screenshot(new Page.ScreenshotOptions()
                    .setClip(0, 0, 1440, 1200)
                    .setPath(Paths.get("target", "screenshots", "profiles-explorer-target.png")));
        }
    }
}
