package dev.iqconsole.deploy.ui;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.iqconsole.base.ui.DebianChromium;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a first page load goes, in Debian's Chromium against a running console (bench/page-breakdown.sh starts it):
 * each page loaded in a new browser context (cache empty, server warm), and for each the browser's own navigation and
 * resource timing (every request: when it started and ended after navigation start, bytes on the wire), paint timing
 * and Chromium's performance metrics over CDP (script, compile, layout and style time on the main thread). The floor: a
 * static file of the same server loaded the same way, i.e. what a new context, a navigation and one request cost before
 * any page of ours. Prints medians over the samples. Not a test: surefire skips classes that are not *Test.
 *
 * <p>Usage: {@code PageLoadBreakdown <samples> <base-url>}
 */
public final class PageLoadBreakdown {

    private static final String RESOURCES = """
            () => {
              const nav = performance.getEntriesByType('navigation')[0];
              const paint = performance.getEntriesByName('first-contentful-paint')[0];
              const seen = {};
              return {
                timeOrigin: performance.timeOrigin,
                documentEnd: nav.responseEnd,
                domContentLoaded: nav.domContentLoadedEventEnd,
                load: nav.loadEventEnd,
                firstContentfulPaint: paint ? paint.startTime : -1,
                resources: performance.getEntriesByType('resource').map(r => {
                  const name = r.name.replace(location.origin, '').replace(/\\?v-c=[^&]*/, '').replace(/\\?v-r=(\\w+).*/, '?v-r=$1');
                  seen[name] = (seen[name] || 0) + 1; // Vaadin's round trips share a URL: number them
                  return { name: seen[name] > 1 || name.includes('?v-r=') ? name + ' #' + seen[name] : name,
                    type: r.initiatorType, start: r.startTime, end: r.responseEnd, bytes: r.transferSize };
                })
              };
            }""";

    private static final List<String> CDP_METRICS =
            List.of("ScriptDuration", "V8CompileDuration", "TaskDuration", "LayoutDuration", "RecalcStyleDuration");

    private PageLoadBreakdown() {}

    record Target(String label, String path, String ready) {}

    public static void main(String[] args) {
        int samples = Integer.parseInt(args[0]);
        String base = args[1];
        var targets = List.of(
                new Target("floor: a static file of the same server", "/frontend-static/favicon.svg", null),
                new Target("About page (Vaadin alone)", "/about", "#about-view"),
                new Target("catalog", "/", "[data-model]"),
                new Target(
                        "deploy page, chart drawn",
                        "/deploy/openai/gpt-oss-20b",
                        "#deploy-chart[data-rendered] svg, #deploy-chart[data-rendered] canvas"));
        try (DebianChromium chromium = DebianChromium.launchBrowser()) {
            Browser browser = chromium.browser();
            for (int i = 0; i < 2; i++) { // warm the server's paths and the browser's process pool
                targets.forEach(t -> load(browser, base, t));
            }
            Map<Target, List<Map<String, Double>>> runs = new LinkedHashMap<>();
            for (int i = 0; i < samples; i++) {
                for (Target t : targets) { // interleaved: the machine's drift hits every page alike
                    runs.computeIfAbsent(t, k -> new ArrayList<>()).add(load(browser, base, t));
                }
            }
            runs.forEach((t, list) -> print(t, list));
        }
    }

    /** One load in a new context: the figures of this sample, by name (ms unless named bytes). */
    private static Map<String, Double> load(Browser browser, String base, Target target) {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = context.newPage();
            var cdp = context.newCDPSession(page);
            cdp.send("Performance.enable");
            long startMillis = System.currentTimeMillis();
            long start = System.nanoTime();
            page.navigate(base + target.path());
            if (target.ready() != null) {
                page.locator(target.ready()).first().waitFor();
            }
            double wall = (System.nanoTime() - start) / 1e6;
            Map<String, Double> figures = new TreeMap<>();
            figures.put("0 wall: navigate() to ready", wall);
            @SuppressWarnings("unchecked")
            var timing = (Map<String, Object>) page.evaluate(RESOURCES);
            figures.put("1 navigation start after navigate()", number(timing.get("timeOrigin")) - startMillis);
            figures.put("2 document received", number(timing.get("documentEnd")));
            figures.put("3 DOMContentLoaded", number(timing.get("domContentLoaded")));
            figures.put("4 load event", number(timing.get("load")));
            figures.put("5 first contentful paint", number(timing.get("firstContentfulPaint")));
            double bytes = 0;
            @SuppressWarnings("unchecked")
            var resources = (List<Map<String, Object>>) timing.get("resources");
            for (var r : resources) {
                String name = "r " + r.get("type") + " " + r.get("name");
                figures.merge(name + " start", number(r.get("start")), Math::min);
                figures.merge(name + " end", number(r.get("end")), Math::max);
                bytes += number(r.get("bytes"));
            }
            figures.put("6 requests after the document", (double) resources.size());
            figures.put("7 bytes on the wire after the document", bytes);
            JsonObject metrics = cdp.send("Performance.getMetrics");
            for (var m : metrics.getAsJsonArray("metrics")) {
                String name = m.getAsJsonObject().get("name").getAsString();
                if (CDP_METRICS.contains(name)) {
                    figures.put(
                            "8 main thread " + name,
                            m.getAsJsonObject().get("value").getAsDouble() * 1000);
                }
            }
            return figures;
        }
    }

    private static double number(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    private static void print(Target target, List<Map<String, Double>> runs) {
        System.out.printf(
                Locale.ROOT, "== %s (%s), %d loads, median (min-max) ==%n", target.label(), target.path(), runs.size());
        var names = new TreeMap<String, List<Double>>();
        runs.forEach(run -> run.forEach(
                (k, v) -> names.computeIfAbsent(k, n -> new ArrayList<>()).add(v)));
        names.forEach((name, values) -> {
            var sorted = values.stream().filter(v -> !v.isNaN()).sorted().toList();
            if (sorted.isEmpty()) return;
            String shown = name.length() > 70 ? name.substring(0, 70) + "..." : name;
            System.out.printf(
                    Locale.ROOT,
                    "  %-74s %8.1f (%.1f-%.1f)%s%n",
                    shown.substring(2),
                    sorted.get(sorted.size() / 2),
                    sorted.getFirst(),
                    sorted.getLast(),
                    sorted.size() < runs.size() ? " in " + sorted.size() + " loads" : "");
        });
    }
}
