package dev.iqconsole.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import dev.iqconsole.base.ui.DebianChromium;
import dev.iqconsole.deploy.MockCluster;
import dev.iqconsole.fixtures.ConsoleCluster;
import dev.iqconsole.fixtures.ConsoleContext;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * DNS rebinding replayed in Chromium: a page served from {@code evil.example.com}, whose name then resolves to
 * 127.0.0.1 (a host-resolver rule plays the attacker's DNS), tries to load the console and call its API from its own
 * origin, with a kubeconfig whose cluster it could deploy to. Chromium's newer local-network checks are switched off:
 * other browsers, and older Chromium, do not have them, and they are not what protects the console.
 */
@ConsoleContext
class DnsRebindingTest {

    static final MockCluster CLUSTER = ConsoleCluster.start();

    /** What the attacker's script does from its page: read the UI, start a Vaadin session, read the kubeconfig. */
    private static final String ATTACK = """
            async () => {
              const calls = [
                ['GET', '/'],
                ['GET', '/deploy/openai/gpt-oss-20b'],
                ['POST', '/?v-r=init&location=deploy%2Fopenai%2Fgpt-oss-20b'],
                ['GET', '/clusters'],
                ['POST', '/v1/optimizedManifest:generate'],
                ['GET', '/v1/models:fetch'],
              ];
              const statuses = [];
              for (const [method, path] of calls) {
                const body = method === 'POST' ? '{}' : undefined;
                const answer = await fetch(path, {method, body, headers: {'Content-Type': 'application/json'}});
                statuses.push(answer.status);
              }
              return statuses;
            }
            """;

    @LocalServerPort
    int port;

    @AfterAll
    static void stopCluster() throws IOException {
        CLUSTER.close();
    }

    @Test
    void a_rebound_page_can_neither_drive_the_console_nor_call_its_api() {
        String evil = "http://evil.example.com:" + port;
        try (var chromium = DebianChromium.launch(List.of(
                        "--host-resolver-rules=MAP evil.example.com 127.0.0.1",
                        "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests"));
                var context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);

            // the attacker's own page, served before the name is rebound
            page.route(
                    evil + "/attack.html",
                    route -> route.fulfill(new Route.FulfillOptions()
                            .setContentType("text/html")
                            .setBody("<!doctype html><title>cute cats</title>")));
            page.navigate(evil + "/attack.html");
            assertThat(page.evaluate(ATTACK)).isEqualTo(List.of(403, 403, 403, 403, 403, 403));

            // navigating the rebound name to the deploy page shows the refusal, not the console
            assertThat(page.navigate(evil + "/deploy/openai/gpt-oss-20b").status())
                    .isEqualTo(403);
            assertThat(page.locator("#deploy")).hasCount(0);

            // the same script and page under the console's own name work: the refusal above is the host check's
            page.navigate("http://127.0.0.1:" + port + "/deploy/openai/gpt-oss-20b");
            assertThat(page.locator("#deploy")).isVisible();
            assertThat(page.evaluate("async () => (await fetch('/v1/models:fetch')).status"))
                    .isEqualTo(200);
        }
        assertThat(CLUSTER.client.apps().deployments().inAnyNamespace().list().getItems())
                .isEmpty();
    }
}
