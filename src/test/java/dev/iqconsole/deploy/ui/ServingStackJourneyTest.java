package dev.iqconsole.deploy.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.iqconsole.deploy.MockCluster;
import dev.iqconsole.fixtures.ConsoleBrowser;
import dev.iqconsole.fixtures.ConsoleCluster;
import dev.iqconsole.fixtures.ConsoleContext;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * llm-d from the deploy page to the Workloads page in real Chromium: choose llm-d, Check on a bare cluster (the
 * Gateway API and Inference Extension CRDs are missing), register them and Check again, Deploy, then the Workloads
 * page shows the pool, the picker and the replicas as one workload, and Delete removes them all (read with kubectl).
 * Screenshots of the deploy page with llm-d chosen go to target/screenshots/llmd/.
 */
@ConsoleContext
class ServingStackJourneyTest {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots", "llmd");
    private static final String WORKLOAD = "gpt-oss-20b-vllm";
    static final MockCluster CLUSTER = ConsoleCluster.start();

    /** The serving-stack field's shown choice when its text is cut off (wider than its box), else empty. */
    private static final String CLIPPED_CHOICE = """
            () => {
              const box = document.querySelector('#serving-stack vaadin-select-value-button');
              const text = document.createRange();
              text.selectNodeContents(box);
              const cut = text.getBoundingClientRect().right > box.getBoundingClientRect().right + 1
                  || [box, ...box.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1);
              return cut ? box.textContent.trim() : '';
            }
            """;

    @LocalServerPort
    int port;

    @AfterAll
    static void close() throws Exception {
        CLUSTER.close();
    }

    @Test
    void choose_llm_d_check_deploy_see_one_workload_and_delete_it() throws Exception {
        MockCluster.requireKubectl();
        try (var context = ConsoleBrowser.context(1440, 900)) {
            Page page = ConsoleBrowser.page(context);
            PlaywrightAssertions.setDefaultAssertionTimeout(30_000);

            page.navigate(url("/deploy/openai/gpt-oss-20b?server=vllm&machine=a3-highgpu-1g&namespace=llmd"));
            page.locator("#serving-stack vaadin-select-value-button").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("llm-d 0.7.0"))
                    .click();
            assertThat(page.locator("#serving-stack-hint")).containsText("endpoint picker");
            assertThat(page.locator("#gateway-class")).isVisible();
            page.waitForURL("**stack=llm-d%2F0.7.0**");
            for (int width : new int[] {1440, 1024, 390}) {
                page.setViewportSize(width, width == 390 ? 2600 : 1600);
                // at rest: the chart has drawn again at the new width (its resize observer), the form laid out
                shot(page, "deploy-llmd-" + width + ".png");
                assertThat((String) page.evaluate(CLIPPED_CHOICE))
                        .as("the chosen serving stack reads whole at %d px", width)
                        .isEmpty();
            }
            page.setViewportSize(1440, 900);

            // a bare cluster: Check names the missing CRDs and blocks the deploy
            page.locator("#check").click();
            assertThat(page.locator("#preflight-summary")).containsText("must be fixed before deploying");
            var preflight = page.locator("#preflight");
            assertThat(preflight).containsText("API InferencePool (inference.networking.k8s.io/v1)");
            assertThat(preflight).containsText("API Gateway (gateway.networking.k8s.io/v1)");
            assertThat(preflight).containsText("gateway-api-inference-extension/config/crd");

            // the CRDs registered (discovery serves them) and GKE's GatewayClass present: Check passes
            CLUSTER.readyForServingStacks();
            page.locator("#check").click();
            assertThat(page.locator("#preflight-summary")).containsText("Ready to deploy");

            page.locator("#deploy").click();
            assertThat(page.locator("#apply-summary")).containsText("Deployed: all");
            assertThat(page.locator("#apply-outcome")).containsText("InferencePool");
            assertThat(CLUSTER.kubectl("get", "inferencepools", "-n", "llmd", "-o", "name"))
                    .contains("gpt-oss-20b-vllm-pool");

            // one workload: the replicas, the picker and the pool in one row
            page.locator("#workload-link").click();
            page.waitForURL("**/workloads?**");
            var grid = page.locator("#workloads-grid");
            assertThat(grid).containsText("InferencePool gpt-oss-20b-vllm-pool");
            assertThat(grid).containsText("endpoint picker 0/1 ready");
            assertThat(grid).containsText("0/2 replicas");
            assertThat(grid.locator(
                            "vaadin-grid-cell-content",
                            new com.microsoft.playwright.Locator.LocatorOptions()
                                    .setHasText(java.util.regex.Pattern.compile("^" + WORKLOAD + "$"))))
                    .hasCount(1);
            // the way in is the Gateway, whose address the (absent) controller has not published
            assertThat(page.locator("#gateway-endpoint"))
                    .containsText("Through the Gateway " + WORKLOAD + "-gateway: its address is pending");
            // the address names the open workload
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]deployment=" + WORKLOAD + "(&.*)?$"));
            shot(page, "workloads-llmd.png");
            assertThat((List<?>) page.evaluate(CUT_CELLS))
                    .as("the workload's cells read whole at 1440 px")
                    .isEmpty();

            page.locator("#delete-workload").click();
            assertThat(page.locator("#confirm-delete")).containsText("InferencePool");
            page.locator("#confirm-delete vaadin-button[slot='confirm-button']").click();
            // the grid keeps its old cells in the page, hidden: it is empty when its size is 0
            page.waitForFunction("() => document.querySelector('#workloads-grid').size === 0");
            // one kubectl for the five kinds: each run starts kubectl and reads the API's discovery again
            assertThat(CLUSTER.kubectl(
                            "get",
                            "deployments,services,inferencepools,gateways,httproutes",
                            "-n",
                            "llmd",
                            "-o",
                            "name"))
                    .as("kubectl get deployments, services, inferencepools, gateways and httproutes after Delete")
                    .doesNotContain(WORKLOAD);
        }
    }

    /** The texts of the workloads grid's cells cut short: ellipsized, or ending beyond the grid's visible box. */
    private static final String CUT_CELLS = """
            () => {
              const grid = document.querySelector('#workloads-grid');
              const right = grid.getBoundingClientRect().right;
              return [...grid.querySelectorAll('vaadin-grid-cell-content')]
                  .filter(c => c.textContent.trim() && c.getBoundingClientRect().width > 0)
                  .filter(c => c.scrollWidth > c.clientWidth + 1 || c.getBoundingClientRect().right > right + 1)
                  .map(c => c.textContent.trim());
            }
            """;

    /** The page at rest, so the picture shows it as a person sees it, not Vaadin's loading bar. */
    private static void shot(Page page, String name) {
        ConsoleBrowser.atRest(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
