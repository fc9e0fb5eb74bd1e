package dev.iqconsole.base.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Playwright driving Debian's Chromium: its headless shell ({@code apt-get install -y chromium-headless-shell}, the
 * build Playwright itself runs headless tests in) where installed, else the browser ({@code chromium}). The shell is
 * the same engine without the desktop browser around it: the browser tests took a quarter less of Chromium's CPU.
 * Playwright's own browser download is switched off, as the machines that run our tests only reach Debian's packages.
 */
public final class DebianChromium implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    private DebianChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    private static final Path HEADLESS_SHELL = Path.of("/usr/bin/chromium-headless-shell");
    private static final Path BROWSER = Path.of("/usr/bin/chromium");

    /** For tests: the headless shell where installed, else the browser. */
    public static DebianChromium launch() {
        return launch(List.of());
    }

    /** For tests, with extra command-line switches, e.g. {@code --host-resolver-rules=...} to play a DNS rebinding. */
    public static DebianChromium launch(List<String> extraArgs) {
        return launch(Files.isExecutable(HEADLESS_SHELL) ? HEADLESS_SHELL : BROWSER, extraArgs);
    }

    /** The desktop browser, headless: for benchmarks that time what a user's browser does. */
    public static DebianChromium launchBrowser() {
        return launch(BROWSER, List.of());
    }

    private static DebianChromium launch(Path executable, List<String> extraArgs) {
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
                            .setExecutablePath(executable)
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
