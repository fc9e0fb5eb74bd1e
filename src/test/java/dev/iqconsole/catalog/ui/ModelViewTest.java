package dev.iqconsole.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import dev.iqconsole.base.ui.EChart;
import dev.iqconsole.fixtures.ConsoleContext;
import dev.iqconsole.fixtures.GridColumns;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ui.GlanceRow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ConsoleContext
@ViewPackages(packages = "dev.iqconsole")
class ModelViewTest extends SpringBrowserlessTest {

    @Test
    void the_model_page_shows_its_facts() {
        open("openai", "gpt-oss-20b");

        String facts = find(Div.class).id("model-facts").getElement().getTextRecursively();
        assertThat(facts)
                .contains("Parameters20.9B")
                .contains("Active parameters3.6Bmixture of experts")
                .contains("Context window128K tokens")
                .contains("LicenseApache-2.0")
                .contains("AccessOpen weights")
                .contains("KV cache per token48 KiB")
                .contains("Quality (Elo)1315Chatbot-Arena Elo, giq_visualizations.ipynb (2025-10-14)")
                .contains("SourceModel cardhuggingface.co/openai/gpt-oss-20b · not yet checked against its config.json")
                .doesNotContain("NOT re-fetched")
                .doesNotContain("b5edab2");
    }

    @Test
    void a_missing_quality_score_says_not_published() {
        open("meta-llama", "Llama-3.1-8B-Instruct");

        assertThat(find(Div.class).id("model-facts").getElement().getTextRecursively())
                .contains("Quality (Elo)not published")
                .contains("AccessGated");
    }

    @Test
    void an_optimized_model_shows_its_tag_profiles_and_chart() {
        open("openai", "gpt-oss-20b");

        assertThat(find(Span.class, find(Div.class).id("model-tags"))
                        .withText("Optimized")
                        .exists())
                .isTrue();
        @SuppressWarnings("unchecked")
        Grid<GlanceRow> profiles = find(Grid.class).id("model-profiles");
        var grid = test(profiles);
        assertThat(grid.size()).isGreaterThan(1);
        // the row of the published gpt-oss-20b point (vLLM on one H100): its figures verbatim
        int row = rowOf(grid, "a3-highgpu-1g", "vllm", "unstated");
        // what the row is, first: the machine type over its accelerators
        assertThat(text(grid.getCellComponent(row, GridColumns.index(profiles, "Machine type"))))
                .isEqualTo("a3-highgpu-1gnvidia-h100-80gb × 1");
        assertThat(grid.getCellText(row, GridColumns.index(profiles, "Output tok/s")))
                .isEqualTo("13,335");
        assertThat(grid.getCellText(row, GridColumns.index(profiles, "NTPOT"))).isEqualTo("67 ms");
        assertThat(grid.getCellText(row, GridColumns.index(profiles, "TTFT"))).isEqualTo("297 ms");
        // spot costs of the price sheet in force (about $0.024 and $0.095 per million), at three significant digits
        // as on the deploy page, beside the machine's hourly price they spread
        var published = grid.getRow(row).first().at();
        assertThat(published.usdPerMillionInput()).isCloseTo(new BigDecimal("0.024"), within(new BigDecimal("0.0005")));
        assertThat(published.usdPerMillionOutput())
                .isCloseTo(new BigDecimal("0.095"), within(new BigDecimal("0.0005")));
        assertThat(grid.getCellText(row, GridColumns.index(profiles, "$/M input")))
                .isEqualTo(threeDigits(published.usdPerMillionInput()));
        assertThat(grid.getCellText(row, GridColumns.index(profiles, "$/M output")))
                .isEqualTo(threeDigits(published.usdPerMillionOutput()));
        assertThat(grid.getCellText(row, GridColumns.index(profiles, "Machine $/hour")))
                .isEqualTo("$5.85/h");
        var data = (Span) grid.getCellComponent(row, GridColumns.index(profiles, "Data"));
        assertThat(data.getText()).isEqualTo("published");
        assertThat(data.getElement().getAttribute("title"))
                .contains("GIQ published $0.035/M output tokens")
                .contains("Deploy runs vllm v0.12.0");
        int modeled = rowOf(grid, "a3-highgpu-1g", "vllm", "v0.12.0");
        assertThat(((Span) grid.getCellComponent(modeled, GridColumns.index(profiles, "Data"))).getText())
                .isEqualTo("modeled");
        // the calibrated model's knee on the same H100 (11,396 tok/s) spreads the same $5.8532/h over fewer tokens
        assertThat(grid.getRow(modeled).first().at().usdPerMillionOutput())
                .isCloseTo(new BigDecimal("0.111"), within(new BigDecimal("0.0005")));
        assertThat(grid.getCellText(modeled, GridColumns.index(profiles, "$/M output")))
                .isEqualTo(threeDigits(grid.getRow(modeled).first().at().usdPerMillionOutput()));
        // SGLang and TGI share vLLM's modeled curve there: one row names the three, each a link to deploy it
        assertThat(text(grid.getCellComponent(modeled, GridColumns.index(profiles, "Model server"))))
                .isEqualTo("vllm v0.12.0sglang v0.5.5tgi 3.3.5");
        assertThat(find(Anchor.class, grid.getCellComponent(modeled, GridColumns.index(profiles, "Model server")))
                        .all()
                        .stream()
                        .map(Anchor::getHref))
                .containsExactly(
                        "deploy/openai/gpt-oss-20b?server=vllm&version=v0.12.0&machine=a3-highgpu-1g",
                        "deploy/openai/gpt-oss-20b?server=sglang&version=v0.5.5&machine=a3-highgpu-1g",
                        "deploy/openai/gpt-oss-20b?server=tgi&version=3.3.5&machine=a3-highgpu-1g");
        // the deploy page's order and first choice: spot cost per output token, the recommended row first and marked
        assertThat(text(grid.getCellComponent(0, GridColumns.index(profiles, "Machine type"))))
                .isEqualTo("a2-highgpu-1gRecommendednvidia-tesla-a100 × 1");
        assertThat(text(grid.getCellComponent(0, GridColumns.index(profiles, "Model server"))))
                .startsWith("vllm v0.12.0");
        assertThat(text(grid.getCellComponent(1, GridColumns.index(profiles, "Machine type"))))
                .doesNotContain("Recommended");
        for (int r = 1; r < grid.size(); r++) {
            assertThat(usd(grid.getCellText(r - 1, GridColumns.index(profiles, "$/M output"))))
                    .as("row " + r)
                    .isLessThanOrEqualTo(usd(grid.getCellText(r, GridColumns.index(profiles, "$/M output"))));
            // a row is told from the one before it by what it is, not only by its figures
            assertThat(grid.getRow(r).first().key().machineType()
                            + grid.getRow(r).profiles())
                    .isNotEqualTo(grid.getRow(r - 1).first().key().machineType()
                            + grid.getRow(r - 1).profiles());
        }
        assertThat(find(RouterLink.class).id("explore-profiles").getHref()).startsWith("profiles?model=openai");
        assertThat(find(EChart.class).id("model-chart").getElement().getProperty("option"))
                .contains("\"name\":\"a3-highgpu-1g · vllm");
    }

    @Test
    void exclusions_are_listed_with_their_reason() {
        open("meta-llama", "Llama-3.3-70B-Instruct");

        assertThat(find(Div.class).id("exclusions").getElement().getTextRecursively())
                .contains(
                        "ct5lp-hightpu-8t with vllm: needs 131.5 GiB of weights; 8 x tpu-v5-lite-podslice have 119.2 GiB");
        // 131.5 GiB of weights never fit one 80 GB H100: no such profile
        @SuppressWarnings("unchecked")
        Grid<GlanceRow> profiles = find(Grid.class).id("model-profiles");
        var grid = test(profiles);
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getRow(row).first().key().machineType()).isNotEqualTo("a3-highgpu-1g");
        }
    }

    @Test
    void the_deploy_button_is_offered() {
        open("openai", "gpt-oss-20b");

        assertThat(find(Button.class).id("deploy").isEnabled()).isTrue();
    }

    @Test
    void a_model_id_typed_in_another_case_opens_the_model() {
        open("OpenAI", "GPT-OSS-20B");

        assertThat(find(Div.class).id("model-facts").getElement().getTextRecursively())
                .contains("Parameters20.9B");
    }

    @Test
    void an_unknown_model_says_so() {
        open("nobody", "nothing");

        assertThat(find(Div.class).id("unknown-model").getElement().getTextRecursively())
                .isEqualTo("There is no model 'nobody/nothing' in the catalog.");
    }

    private static int rowOf(GridTester<?, GlanceRow> grid, String machineType, String server, String version) {
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).profiles().stream()
                    .map(Profile::key)
                    .anyMatch(k -> k.machineType().equals(machineType)
                            && k.modelServer().equals(server)
                            && k.serverVersion().equals(version))) {
                return row;
            }
        }
        throw new AssertionError("no row for " + machineType + " with " + server + " " + version);
    }

    private static String text(Component cell) {
        return cell.getElement().getTextRecursively();
    }

    /** A cost under $1 per million as the pages write it: three significant digits, half up ({@code $0.0951}). */
    private static String threeDigits(BigDecimal usd) {
        return "$" + usd.round(new MathContext(3, RoundingMode.HALF_UP)).toPlainString();
    }

    /** A "$0.0951" cell as a number; "n/a" (no price) after every price. */
    private static double usd(String cell) {
        return cell.startsWith("$") ? Double.parseDouble(cell.substring(1).replace(",", "")) : Double.MAX_VALUE;
    }

    private void open(String owner, String name) {
        navigate(ModelView.class, Map.of("owner", owner, "name", name));
    }
}
