package dev.iqconsole.base.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Playwright driving Debian's Chromium ({@code apt-get install -y chromium}): Playwright's own browser download is
 * switched off, as the machines that run our tests only reach Debian's packages.
 */
public final class DebianChromium implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    private DebianChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static DebianChromium launch() {
        return launch(List.of());
    }

    /** With extra command-line switches, e.g. {@code --host-resolver-rules=...} to play a DNS rebinding. */
    public static DebianChromium launch(List<String> extraArgs) {
        var args = new java.util.ArrayList<>(List.of(
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run"));
        args.addAll(extraArgs);
        var playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            var browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Paths.get("/usr/bin/chromium"))
                            .setHeadless(true)
                            .setArgs(args));
            return new DebianChromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
