package dev.iqconsole.deploy.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.iqconsole.base.ui.BrowserConsole;
import dev.iqconsole.base.ui.EChart;
import dev.iqconsole.deploy.MockCluster;
import dev.iqconsole.fixtures.ConsoleBrowser;
import dev.iqconsole.fixtures.ConsoleCluster;
import dev.iqconsole.fixtures.ConsoleContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The deploy journey in real Chromium (Debian's): from the model page to the prefilled deploy page, lower the NTPOT
 * target and watch the figures and chart follow, read the YAML, deploy to a mock cluster, and read the Deployment
 * back with kubectl. Screenshots go to target/screenshots/.
 */
@ConsoleContext
class DeployJourneyTest {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final MockCluster CLUSTER = ConsoleCluster.start();

    @LocalServerPort
    int port;

    @AfterAll
    static void stop() throws Exception {
        CLUSTER.close();
    }

    @Test
    void deploy_gpt_oss_20b_from_its_page_to_a_cluster_and_read_it_back() throws Exception {
        MockCluster.requireKubectl();
        try (var context = ConsoleBrowser.context(1440, 900)) {
            Page page = ConsoleBrowser.page(context);
            var browserConsole = BrowserConsole.watch(page);
            var echartsLoads = new ArrayList<Response>();
            page.onResponse(response -> {
                if (response.url().contains(EChart.ECHARTS)) {
                    echartsLoads.add(response);
                }
            });

            page.navigate(url("/"));
            assertThat(page.locator("[data-model]").first()).isVisible();
            assertThat(echartsLoads)
                    .as("the catalog has no chart, so ECharts is not fetched")
                    .isEmpty();
            page.setViewportSize(1440, 1300);
            shot(page, "catalog.png");
            page.setViewportSize(1440, 900);

            page.navigate(url("/models/openai/gpt-oss-20b"));
            page.locator("#deploy").click();
            page.waitForURL("**/deploy/openai/gpt-oss-20b");

            // the prefill: the engine's recommendation with its figures, the chart drawn
            // at the newest price sheet one A100 40GB costs least per token at its modeled knee (a power-capped L4
            // sustains too little compute); the servers share that curve, the tie goes to vLLM, and the page says why
            assertThat(page.locator("#recommendation"))
                    .hasText("Recommended: vllm v0.12.0 on 1 × nvidia-tesla-a100 (a2-highgpu-1g)");
            assertThat(page.locator("#server-tie"))
                    .containsText("no server-specific measurement: vLLM, SGLang and TGI share this modeled curve");
            assertThat(page.locator("#use-case")).containsText("Chatbot (ShareGPT)");
            assertThat(page.locator("#use-case")).containsText("226 input / 195 output tokens (published)");
            assertThat(page.locator("#metric-usd-hour")).containsText("/h");
            assertThat(page.locator("#provenance")).hasText("modeled");
            assertThat(page.locator("#deploy-chart[data-rendered] svg")).isVisible();
            assertThat(echartsLoads)
                    .as("fetched once for the model page's and the deploy page's charts: gzipped, cached for a year")
                    .singleElement()
                    .satisfies(response -> assertThat(response.headers())
                            .containsEntry("content-encoding", "gzip")
                            .containsEntry("cache-control", "max-age=31536000, immutable"));
            assertThat(page.locator("#deploy")).isEnabled();
            Object chartBefore = page.locator("#deploy-chart").evaluate("e => e.option");
            page.setViewportSize(1440, 2100);
            shot(page, "deploy.png");
            page.setViewportSize(1440, 900);

            // a lower NTPOT target: the operating point moves down the curve, the chart draws the target
            var ntpot = page.locator("#target-ntpot input");
            ntpot.fill("30");
            ntpot.press("Enter");
            assertThat(page.locator("#operating-point")).containsText("highest load that meets the latency targets");
            assertThat(page.locator("#metric-ntpot")).not().containsText("67 ms");
            // at 30 ms one A100 still is the cheapest that meets it
            assertThat(page.locator("#recommendation"))
                    .hasText("Recommended: vllm v0.12.0 on 1 × nvidia-tesla-a100 (a2-highgpu-1g)");
            String server = "vllm";
            String deploymentName = "gpt-oss-20b-vllm-deployment";
            assertThat(page.locator("#metric-output-tps")).not().containsText("13,335");
            double ntpotNow = Double.parseDouble(
                    page.locator("#metric-ntpot .iqc-metric-value").innerText().replaceAll("[^0-9.]", ""));
            assertThat(ntpotNow).isLessThanOrEqualTo(30.0);
            page.waitForFunction("() => document.querySelector('#deploy-chart').option.includes('target 30 ms')");
            assertThat(page.locator("#deploy-chart").evaluate("e => e.option")).isNotEqualTo(chartBefore);
            page.locator("#deploy-chart")
                    .screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("deploy-chart.png")));

            // another workload: an assumed use case says so; custom lengths move the recommendation and the chart
            String metricsAtChatbot = page.locator("#metrics").innerText();
            page.locator("#use-case vaadin-select-value-button").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Deep Research"))
                    .click();
            assertThat(page.locator("#use-case"))
                    .containsText("(assumed: GIQ does not publish this use case's lengths)");
            assertThat(page.locator("#data-basis")).containsText("Deep Research, average lengths 4,096 input");
            page.locator("#use-case vaadin-select-value-button").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Custom lengths"))
                    .click();
            var input = page.locator("#input-length input");
            input.fill("1000");
            input.press("Tab");
            var output = page.locator("#output-length input");
            output.fill("500");
            output.press("Tab");
            assertThat(page.locator("#data-basis")).containsText("1,000 input / 500 output tokens (asked for)");
            assertThat(page.locator("#metrics")).not().hasText(metricsAtChatbot);
            for (int width : new int[] {1440, 1024, 390}) {
                page.setViewportSize(width, width == 390 ? 2400 : 1500);
                // at rest: the chart has drawn again at the new width after the resize event
                shot(page, "deploy-workload-" + width + ".png");
            }
            page.setViewportSize(1440, 900);
            page.locator("#use-case vaadin-select-value-button").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Chatbot (ShareGPT)"))
                    .click();
            assertThat(page.locator("#recommendation"))
                    .hasText("Recommended: vllm v0.12.0 on 1 × nvidia-tesla-a100 (a2-highgpu-1g)");

            // View YAML shows the Deployment that Deploy will apply
            page.locator("#view-yaml").click();
            var yaml = page.locator("#yaml-text");
            assertThat(yaml).isVisible();
            String yamlText = yaml.textContent();
            assertThat(yamlText).contains("kind: Deployment").contains("name: " + deploymentName);
            shot(page, "deploy-yaml.png");
            page.locator("#close-yaml").click();
            assertThat(yaml).isHidden();

            // Deploy to the mock cluster, into a new namespace
            var namespace = page.locator("#namespace input");
            namespace.fill("journey");
            namespace.press("Tab");
            assertThat(page.locator("#deploy")).isEnabled();
            page.locator("#deploy").click();
            assertThat(page.locator("#preflight-summary")).containsText("Ready to deploy");
            assertThat(page.locator("#apply-summary")).containsText("Deployed: all");
            assertThat(page.locator("#workload-link")).isVisible();
            assertThat(page.locator("#rollout-sentence")).isVisible();
            page.setViewportSize(1440, 2600);
            shot(page, "deploy-result.png");
            for (int width : new int[] {1024, 390}) { // where the results are seen on narrower screens
                page.setViewportSize(width, 900);
                shot(page, "deploy-result-" + width + ".png");
            }

            Deployment deployment = new KubernetesSerialization()
                    .unmarshal(
                            CLUSTER.kubectl("get", "deployment", deploymentName, "-n", "journey", "-o", "json"),
                            Deployment.class);
            var container =
                    deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
            assertThat(container.getImage()).contains(server);
            assertThat(container.getArgs()).contains("--model=openai/gpt-oss-20b");
            assertThat(deployment.getSpec().getTemplate().getSpec().getNodeSelector())
                    .containsEntry("cloud.google.com/gke-accelerator", "nvidia-tesla-a100");
            assertThat(deployment.getMetadata().getLabels())
                    .containsEntry("iqconsole.dev/deployment", "gpt-oss-20b-" + server);
            assertThat(CLUSTER.kubectl("get", "service", "-n", "journey", "-o", "name"))
                    .contains("service/gpt-oss-20b-" + server + "-service");

            // the link leads to the workload in the workloads list
            page.setViewportSize(1440, 900);
            page.locator("#workload-link").click();
            page.waitForURL("**/workloads?**");
            assertThat(page.locator("#workloads-grid")).containsText("gpt-oss-20b-vllm");
            shot(page, "workloads-after-deploy.png");
            // the link selects the workload: its detail is open (a click on the row would close it again)
            assertThat(page.locator("#delete-workload")).isVisible();
            for (int width : new int[] {1440, 1024, 390}) {
                page.setViewportSize(width, 900);
                shot(page, "workload-detail-" + width + ".png");
            }
            assertThat(browserConsole.policyViolations()).isEmpty();
        }
    }

    /** The page at rest, so the picture shows it as a person sees it, not Vaadin's loading bar. */
    private static void shot(Page page, String name) {
        ConsoleBrowser.atRest(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
