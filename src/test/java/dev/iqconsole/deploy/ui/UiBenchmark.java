package dev.iqconsole.deploy.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.iqconsole.base.ui.DebianChromium;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Page-load and round-trip figures in Debian's Chromium against running consoles (bench/ui.sh starts them): first load
 * of the About page (Vaadin alone), the catalog and the deploy page, each in a new browser context (empty cache, server
 * warm), repeat visits (cache warm), and the server round trip when the NTPOT target changes. With several consoles
 * (A/B), every sample visits each in turn, so that the machine's drift hits them alike. Not a test: surefire skips
 * *Benchmark.
 *
 * <p>Usage: {@code UiBenchmark <samples> <label>=<base-url> [<label>=<base-url> ...]}
 */
public final class UiBenchmark {

    private static final String DEPLOY_PAGE = "/deploy/openai/gpt-oss-20b";
    private static final double[] TARGETS = {30, 45, 60, 80, 100, 40, 35, 50, 70, 90};
    /** The deploy chart drawn: SVG now, a canvas in commits before the charts moved to SVG (a base may be one). */
    private static final String CHART_DRAWN = "#deploy-chart[data-rendered] svg, #deploy-chart[data-rendered] canvas";

    private UiBenchmark() {}

    public static void main(String[] args) {
        int samples = Integer.parseInt(args[0]);
        Map<String, String> consoles = new LinkedHashMap<>();
        for (String arg : List.of(args).subList(1, args.length)) {
            consoles.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        try (DebianChromium chromium = DebianChromium.launchBrowser()) {
            Browser browser = chromium.browser();
            // warm the servers (JIT, Vaadin's bundle cached in the JVM) before measuring
            for (int i = 0; i < 3; i++) {
                consoles.values().forEach(base -> {
                    loadCatalog(browser, base);
                    loadDeployPage(browser, base);
                });
            }
            Map<String, List<Double>> times = new LinkedHashMap<>();
            for (int i = 0; i < samples; i++) {
                consoles.forEach((label, base) -> {
                    times.computeIfAbsent(label + " about", k -> new ArrayList<>())
                            .add(loadAbout(browser, base));
                    times.computeIfAbsent(label + " catalog", k -> new ArrayList<>())
                            .add(loadCatalog(browser, base));
                    times.computeIfAbsent(label + " deploy", k -> new ArrayList<>())
                            .add(loadDeployPage(browser, base));
                });
            }
            consoles.forEach((label, base) -> {
                print(
                        label + ": about page (text only: Vaadin's own start-up), new context (cache empty)",
                        times.get(label + " about"));
                print(
                        label + ": catalog page, new context (server warm, browser cache empty)",
                        times.get(label + " catalog"));
                print(label + ": deploy page, new context, chart drawn (cache empty)", times.get(label + " deploy"));
            });
            consoles.forEach((label, base) -> {
                print(label + ": catalog page, repeat visit (browser cache warm)", repeat(browser, base, "/", samples));
                print(
                        label + ": deploy page, repeat visit, chart drawn (cache warm)",
                        repeat(browser, base, DEPLOY_PAGE, samples));
                roundTrips(browser, label, base, Math.max(30, samples * 5));
            });
        }
    }

    /** Loads a page once, then times {@code samples} fresh navigations to it with the browser's cache warm. */
    private static List<Double> repeat(Browser browser, String base, String path, int samples) {
        List<Double> times = new ArrayList<>();
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = context.newPage();
            for (int i = 0; i <= samples; i++) {
                long start = System.nanoTime();
                page.navigate(base + path);
                if (path.equals("/")) {
                    page.locator("[data-model]").first().waitFor();
                } else {
                    page.locator("#metric-ntpot").waitFor();
                    page.locator(CHART_DRAWN).first().waitFor();
                }
                if (i > 0) {
                    times.add(ms(start));
                }
            }
        }
        return times;
    }

    /**
     * The floor under every cold page load: the About page is text in the app layout, so its time is Vaadin's
     * precompiled bundle being fetched, compiled and started in a fresh browser context.
     */
    private static double loadAbout(Browser browser, String base) {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = context.newPage();
            long start = System.nanoTime();
            page.navigate(base + "/about");
            page.locator("#about-view").waitFor();
            return ms(start);
        }
    }

    /** Navigate until the model cards are shown. */
    private static double loadCatalog(Browser browser, String base) {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = context.newPage();
            long start = System.nanoTime();
            page.navigate(base + "/");
            page.locator("[data-model]").first().waitFor();
            return ms(start);
        }
    }

    /** Navigate until the prefilled figures are shown and the chart has drawn. */
    private static double loadDeployPage(Browser browser, String base) {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = context.newPage();
            long start = System.nanoTime();
            page.navigate(base + DEPLOY_PAGE);
            page.locator("#metric-ntpot").waitFor();
            page.locator(CHART_DRAWN).first().waitFor();
            return ms(start);
        }
    }

    /**
     * Changes the NTPOT target and times Vaadin's request to the server: request start to response end from the
     * browser's resource timing (the server recomputes recommendation, plan, YAML objects, alternatives and chart), and
     * the wall time from the key press until the new figure is on screen.
     */
    private static void roundTrips(Browser browser, String label, String base, int count) {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = context.newPage();
            page.navigate(base + DEPLOY_PAGE);
            page.locator(CHART_DRAWN).first().waitFor();
            var field = page.locator("#target-ntpot input");
            List<Double> server = new ArrayList<>();
            List<Double> wall = new ArrayList<>();
            for (int i = 0; i < count + 5; i++) {
                String value = String.valueOf((int) TARGETS[i % TARGETS.length]);
                field.fill(value);
                long start = System.nanoTime();
                Response response = page.waitForResponse(r -> r.url().contains("v-r=uidl"), () -> field.press("Enter"));
                response.finished();
                page.waitForFunction(
                        "v => document.querySelector('#deploy-chart').option.includes('target ' + v + ' ms')", value);
                double wallMs = ms(start);
                var timing = response.request().timing();
                if (i >= 5) { // the first few warm the path
                    server.add(timing.responseEnd - timing.requestStart);
                    wall.add(wallMs);
                }
            }
            print(label + ": target change: request start -> response end (browser timing)", server);
            print(label + ": target change: key press -> new target drawn in the chart data (wall)", wall);
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void print(String what, List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        System.out.printf(
                Locale.ROOT,
                "%-96s n=%3d  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n",
                what,
                sorted.size(),
                percentile(sorted, 50),
                percentile(sorted, 95),
                sorted.getLast());
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
