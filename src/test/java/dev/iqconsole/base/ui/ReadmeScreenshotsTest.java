package dev.iqconsole.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.iqconsole.deploy.MockCluster;
import dev.iqconsole.fixtures.ConsoleBrowser;
import dev.iqconsole.fixtures.ConsoleCluster;
import dev.iqconsole.fixtures.ConsoleContext;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's three screenshots (catalog, deploy page, profiles explorer) from the finished pages in Chromium at 1440
 * px, into target/screenshots/readme/; docs/images/ holds the copies the README shows. Each page is taken once its
 * content is there, every chart drawn without error and no call outstanding.
 */
@ConsoleContext
class ReadmeScreenshotsTest {

    /** A cluster in the kubeconfig, as a user has one: the deploy page shows it chosen, not an error. */
    static final MockCluster CLUSTER = ConsoleCluster.start();

    @AfterAll
    static void stop() throws Exception {
        CLUSTER.close();
    }

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots", "readme");

    @LocalServerPort
    int port;

    @Test
    void the_readmes_screenshots_show_the_finished_pages() {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        try (var context = ConsoleBrowser.context(1440, 2200)) {
            Page page = ConsoleBrowser.page(context);

            take(page, "/", "#model-cards", "catalog.png", 1150);
            take(page, "/deploy/openai/gpt-oss-20b?ntpot=50", "#deploy-chart", "deploy.png", 1400);
            take(
                    page,
                    "/profiles?model=google/gemma-2-27b-it",
                    "#quality-vs-price-chart",
                    "profiles-explorer.png",
                    1800);
        }
    }

    private void take(Page page, String path, String shown, String file, int height) {
        page.navigate("http://127.0.0.1:" + port + path);
        assertThat(page.locator(shown)).isVisible();
        page.waitForFunction("() => !document.querySelector('[data-loading=\"true\"]')"
                + " && [...document.querySelectorAll('echarts-view')]"
                + ".every(c => !c.hasAttribute('data-error') && (!c.option || (c.chart"
                + " && c.getAttribute('data-rendered') === String(c.draws))))"
                // no request out (what TestBench waits for), so Vaadin's loading bar is not in the picture
                + " && (" + ConsoleBrowser.VAADIN_IDLE + ")()");
        page.screenshot(new Page.ScreenshotOptions().setClip(0, 0, 1440, height).setPath(SCREENSHOTS.resolve(file)));
    }
}
