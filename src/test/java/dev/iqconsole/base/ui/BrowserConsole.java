package dev.iqconsole.base.ui;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a page wrote to the browser's console as errors: printed as they come, and kept so that a journey can assert
 * that the console's Content-Security-Policy refused nothing the UI needs.
 */
public final class BrowserConsole {

    private final List<String> errors = new CopyOnWriteArrayList<>();

    private BrowserConsole() {}

    public static BrowserConsole watch(Page page) {
        var console = new BrowserConsole();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                System.out.println("[browser] " + m.text());
                console.errors.add(m.text());
            }
        });
        return console;
    }

    /** Chromium reports every refusal as "Refused to ... because it violates the following Content Security Policy". */
    public List<String> policyViolations() {
        return errors.stream()
                .filter(e -> e.contains("Content Security Policy"))
                .toList();
    }
}
