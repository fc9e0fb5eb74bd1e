package dev.iqconsole.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.iqconsole.fixtures.ConsoleBrowser;
import dev.iqconsole.fixtures.ConsoleContext;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every chart of the console, drawn in real Chromium at 1440, 1024 and 390 px: no text of a plot overlaps another
 * (axis labels, axis names, point labels), none leaves the plot or straddles its axes, and the legend is complete,
 * never paged ("1/6") and inside the chart's width. The charts with the most series (gpt-oss-20b's eleven machine
 * types on the model page), targets far left of every curve (1 and 5 ms, the deploy page) and the quality chart's twenty
 * model names are among them. Screenshots of each chart go to target/screenshots/charts/ for a person to look at.
 */
@ConsoleContext
class ChartLayoutTest {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots", "charts");
    private static final int[][] SIZES = {{1440, 900}, {1024, 768}, {390, 844}};
    private static final List<String> PAGES = List.of(
            "/models/openai/gpt-oss-20b",
            "/profiles?model=google/gemma-2-27b-it",
            "/deploy/openai/gpt-oss-20b?ntpot=1",
            "/deploy/openai/gpt-oss-20b?ntpot=5",
            "/deploy/openai/gpt-oss-20b?ntpot=30&optimize=throughput");

    /**
     * What is wrong with one drawn chart: texts of the SVG plot that overlap (by more than a pixel), leave the plot or
     * cross the grid's edge (its axes); a legend that pages, is missing entries or is wider than the chart.
     */
    private static final String PROBLEMS = """
            el => {
              const found = [];
              const svg = el.querySelector('.iqc-chart-plot svg');
              if (!svg) return ['no SVG plot'];
              const box = svg.getBoundingClientRect();
              const grid = el.chart.getModel().getComponent('grid').coordinateSystem.getRect();
              const g = {left: box.left + grid.x, top: box.top + grid.y,
                         right: box.left + grid.x + grid.width, bottom: box.top + grid.y + grid.height};
              const texts = [...svg.querySelectorAll('text')]
                  .filter(t => t.textContent.trim() && getComputedStyle(t).display !== 'none'
                      && getComputedStyle(t).visibility !== 'hidden' && t.getAttribute('opacity') !== '0')
                  .map(t => ({text: t.textContent.trim(), r: t.getBoundingClientRect()}))
                  .filter(t => t.r.width > 0 && t.r.height > 0);
              const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1
                  && a.top < b.bottom - 1 && b.top < a.bottom - 1;
              texts.forEach((a, i) => {
                if (a.r.left < box.left - 1 || a.r.right > box.right + 1 || a.r.top < box.top - 1
                    || a.r.bottom > box.bottom + 1) found.push('"' + a.text + '" leaves the plot');
                const inside = a.r.left >= g.left - 1 && a.r.right <= g.right + 1 && a.r.top >= g.top - 1
                    && a.r.bottom <= g.bottom + 1;
                if (overlap(a.r, g) && !inside) found.push('"' + a.text + '" crosses an axis');
                if (/^\\d+\\s*\\/\\s*\\d+$/.test(a.text)) found.push('a paged legend: ' + a.text);
                texts.slice(i + 1).forEach(b => {
                  if (overlap(a.r, b.r)) found.push('"' + a.text + '" overlaps "' + b.text + '"');
                });
              });
              const legend = el.querySelector('.iqc-chart-legend');
              const wanted = JSON.parse(el.option).iqcLegend.length;
              const items = legend.querySelectorAll('.iqc-chart-legend-item');
              if (items.length !== wanted) found.push('legend has ' + items.length + ' of ' + wanted + ' entries');
              const own = el.getBoundingClientRect();
              if (legend.scrollWidth > legend.clientWidth + 1) found.push('legend wider than its box');
              items.forEach(i => {
                const r = i.getBoundingClientRect();
                if (r.left < own.left - 1 || r.right > own.right + 1) found.push('legend entry outside: ' + i.textContent);
              });
              return found;
            }
            """;

    static final String DRAWN = "() => [...document.querySelectorAll('echarts-view')]"
            + ".every(c => !c.option || (c.chart && c.getAttribute('data-rendered') === String(c.draws)))";

    /** {@link #DRAWN}, and at the width the chart has now (a resized chart draws again when its observer fires). */
    private static final String DRAWN_AT_WIDTH = "() => (" + DRAWN + ")() && [...document.querySelectorAll("
            + "'echarts-view')].every(c => { const svg = c.querySelector('.iqc-chart-plot svg');"
            + " return !c.option || (svg && Math.abs(svg.getBoundingClientRect().width - c.clientWidth) < 1); })";

    private static final String STATE = "() => [...document.querySelectorAll('echarts-view')]"
            + ".map(c => c.id + ' option ' + !!c.option + ' chart ' + !!c.chart + ' draws ' + c.draws"
            + " + ' rendered ' + c.getAttribute('data-rendered') + ' error ' + c.getAttribute('data-error')"
            + " + ' fitStep ' + c.fitStep).join('; ')";

    @LocalServerPort
    int port;

    @Test
    void no_chart_text_overlaps_and_no_legend_pages_at_1440_1024_or_390_pixels() {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        List<String> problems = new ArrayList<>();
        int charts = 0;
        try (var context = ConsoleBrowser.context(SIZES[0][0], SIZES[0][1])) {
            Page page = ConsoleBrowser.page(context);
            for (String path : PAGES) {
                // loaded once, then the window narrowed: each chart draws and fits its labels again at its new
                // width (echarts-view.js), and is measured once that drawing has finished
                page.setViewportSize(SIZES[0][0], SIZES[0][1]);
                page.navigate("http://localhost:" + port + path);
                assertThat(page.locator("echarts-view").first()).isVisible();
                for (int[] size : SIZES) {
                    page.setViewportSize(size[0], size[1]);
                    // every option drawn to its end at the window's width (ECharts' finished event, after any
                    // animation and label fitting): text is measured where it stays
                    try {
                        page.waitForFunction(DRAWN_AT_WIDTH);
                    } catch (com.microsoft.playwright.TimeoutError e) {
                        problems.add(path + " at " + size[0] + " px: not drawn: " + page.evaluate(STATE));
                        continue;
                    }
                    ConsoleBrowser.nextFrames(page);
                    charts += measure(page, path, size[0], problems);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(charts).as("charts measured").isEqualTo(3 * 8);
    }

    /** Measures and photographs every chart with series on the page: how many. */
    private static int measure(Page page, String path, int width, List<String> problems) {
        int charts = 0;
        Locator views = page.locator("echarts-view");
        for (int i = 0; i < views.count(); i++) {
            Locator chart = views.nth(i);
            if (chart.evaluate("el => el.option ? JSON.parse(el.option).series.length : 0")
                    .equals(0)) {
                continue;
            }
            chart.scrollIntoViewIfNeeded();
            String id = chart.getAttribute("id");
            List<?> found = (List<?>) chart.evaluate(PROBLEMS);
            found.forEach(f -> problems.add(path + " #" + id + " at " + width + " px: " + f));
            chart.screenshot(new Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve(
                            path.replaceAll("[^a-z0-9]+", "-").substring(1) + id + "-" + width + ".png")));
            charts++;
        }
        return charts;
    }
}
