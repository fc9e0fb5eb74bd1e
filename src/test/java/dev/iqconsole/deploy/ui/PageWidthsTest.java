package dev.iqconsole.deploy.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.iqconsole.deploy.DeployService;
import dev.iqconsole.deploy.Fixtures;
import dev.iqconsole.deploy.MockCluster;
import dev.iqconsole.fixtures.ConsoleBrowser;
import dev.iqconsole.fixtures.ConsoleCluster;
import dev.iqconsole.fixtures.ConsoleContext;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page at a desktop (1440 px), a small laptop or tablet (1024 px) and a phone (390 px) in real Chromium: nothing
 * may stick out to the right of the window. Wide tables scroll inside their own box, which is allowed; the page
 * itself never scrolls sideways. Screenshots of the window at each width go to target/screenshots/widths/ for a person
 * to look at.
 */
@ConsoleContext
class PageWidthsTest {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots", "widths");
    private static final int[][] SIZES = {{1440, 900}, {1024, 768}, {390, 844}};
    private static final List<String> PAGES = List.of(
            "/",
            "/models/openai/gpt-oss-20b",
            "/deploy/openai/gpt-oss-20b",
            "/profiles",
            "/clusters",
            "/workloads",
            "/history",
            "/about",
            "/access");

    /**
     * What sticks out to the right of the window: the document itself, or any visible element whose right edge is
     * beyond it and that is not inside a box that scrolls or clips sideways (a wide table in its own scroller) or
     * inside a grid (which scrolls its rows itself). Only the outermost offender of a subtree is named.
     */
    private static final String OVERFLOW = """
            () => {
              const vw = window.innerWidth;
              const found = [];
              const root = document.documentElement;
              if (root.scrollWidth > vw) found.push('document scrollWidth ' + root.scrollWidth + ' > ' + vw);
              const contained = el => {
                for (let p = el.parentElement; p; p = p.parentElement) {
                  if (p.localName === 'vaadin-grid') return true;
                  const o = getComputedStyle(p).overflowX;
                  if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
                }
                return false;
              };
              const name = el => el.localName + (el.id ? '#' + el.id : '')
                  + (el.classList.length ? '.' + [...el.classList].join('.') : '');
              const offenders = [];
              for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || r.right <= vw + 1) continue;
                const s = getComputedStyle(el);
                if (s.visibility === 'hidden' || s.position === 'fixed') continue;
                if (el.closest('[hidden], vaadin-dialog-overlay, vaadin-popover-overlay, vaadin-tooltip')) continue;
                if (contained(el)) continue;
                if (offenders.some(o => o.contains(el))) continue;
                offenders.push(el);
                found.push(name(el) + ' right edge ' + Math.round(r.right) + ' > ' + vw);
              }
              return found;
            }
            """;

    /**
     * The columns that decide between profile rows, in the order they lead the model page's table and the deploy
     * page's alternatives: what the row is, then its cost per output token, its machine's price and its throughput.
     */
    private static final List<String> DECIDING =
            List.of("Machine type", "$/M output", "Machine $/hour", "Output tok/s");

    /** The tables of profiles, by page: each must show the deciding columns without being scrolled. */
    private static final Map<String, String> DECIDING_TABLES =
            Map.of("/models/openai/gpt-oss-20b", "#model-profiles", "/deploy/openai/gpt-oss-20b", "#alternatives");

    /**
     * Which of the named header cells of a grid or table end beyond what is visible of it: the window, or a box around
     * it that scrolls or clips sideways (the deploy page's table scrolls in its own wrapper).
     */
    private static final String CUT_HEADERS = """
            ([selector, names]) => {
              const table = document.querySelector(selector);
              let edge = Math.min(window.innerWidth, table.getBoundingClientRect().right);
              for (let p = table.parentElement; p; p = p.parentElement) {
                if (getComputedStyle(p).overflowX !== 'visible') edge = Math.min(edge, p.getBoundingClientRect().right);
              }
              const cells = [...table.querySelectorAll('vaadin-grid-cell-content, th')];
              return names.filter(n => {
                const cell = cells.find(c => c.textContent.trim() === n);
                return !cell || cell.getBoundingClientRect().right > edge + 1;
              });
            }
            """;

    static final MockCluster CLUSTER = ConsoleCluster.start();

    @LocalServerPort
    int port;

    @Autowired
    DeployService deploys;

    @AfterAll
    static void stop() throws Exception {
        CLUSTER.close();
    }

    @Test
    void no_page_scrolls_sideways_at_1440_1024_or_390_pixels() {
        // rows in the history and a workload on the cluster, so that their tables are not empty
        var request = Fixtures.request("widths", "gemma", Fixtures.TOKEN);
        deploys.check(request, Fixtures.manifest("gemma"));
        deploys.deploy(request, Fixtures.manifest("gemma"));
        List<String> problems = new ArrayList<>();
        try (var context = ConsoleBrowser.context(SIZES[0][0], SIZES[0][1])) {
            Page page = ConsoleBrowser.page(context);
            for (String path : PAGES) {
                // loaded once, then the window narrowed: the layout is CSS (media queries, grids, app layout's
                // drawer) and the charts redraw at their new width, so each width is measured as the browser lays
                // it out after the resize, once it has settled
                page.setViewportSize(SIZES[0][0], SIZES[0][1]);
                page.navigate("http://localhost:" + port + path);
                for (int[] size : SIZES) {
                    page.setViewportSize(size[0], size[1]);
                    rendered(page, path);
                    measure(page, path, size[0], problems);
                    // the window as a person sees it on opening the page at this width: a picture of the whole
                    // length (a window as tall as the content) cost a third of this test's time in rasterising
                    String file =
                            (path.equals("/") ? "catalog" : path.substring(1).replace('/', '-')) + "-" + size[0]
                                    + ".png";
                    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(file)));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** What sticks out of the window at this width, and the deciding columns a table cuts off. */
    private static void measure(Page page, String path, int width, List<String> problems) {
        List<?> found = (List<?>) page.evaluate(OVERFLOW);
        found.forEach(f -> problems.add(path + " at " + width + " px: " + f));
        if (DECIDING_TABLES.containsKey(path)) {
            // the figures that decide are in view without scrolling the table: all four on a laptop, what the row
            // is and its cost per token on a phone
            int deciding = width < 600 ? 2 : DECIDING.size();
            List<?> cut = (List<?>)
                    page.evaluate(CUT_HEADERS, List.of(DECIDING_TABLES.get(path), DECIDING.subList(0, deciding)));
            cut.forEach(c -> problems.add(path + " at " + width + " px: column " + c + " out of view"));
        }
        if (path.equals("/history") && width == 1440) {
            // on a desktop a row reads whole up to its profile: what happened, and with what
            List<?> cut = (List<?>)
                    page.evaluate(CUT_HEADERS, List.of("#history-grid", List.of("Outcome", "Messages", "Profile")));
            cut.forEach(c -> problems.add(path + " at " + width + " px: column " + c + " out of view"));
        }
    }

    /** The view's content is shown, no cluster call is outstanding, and every chart has been drawn. */
    private static void rendered(Page page, String path) {
        assertThat(page.locator("vaadin-app-layout > :not([slot])").first()).isVisible();
        page.waitForFunction("() => !document.querySelector('[data-loading=\"true\"]')");
        ConsoleBrowser.chartsSettled(page);
        ConsoleBrowser.nextFrames(page);
        assertThat(java.net.URI.create(page.url()).getPath()).as("no redirect").isEqualTo(path);
    }
}
