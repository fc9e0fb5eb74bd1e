package dev.iqconsole.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.QueryParameters;
import dev.iqconsole.base.ui.EChart;
import dev.iqconsole.fixtures.ConsoleContext;
import dev.iqconsole.fixtures.GridColumns;
import dev.iqconsole.profile.BenchmarkCsv;
import dev.iqconsole.profile.Profile;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ConsoleContext
@ViewPackages(packages = "dev.iqconsole")
class ProfilesExplorerTest extends SpringBrowserlessTest {

    // gcloud container ai profiles list --model=google/gemma-2-27b-it --model-server=vllm
    //   --model-server-version=v0.7.2 (the published, digitized curves)
    @BeforeEach
    void openGemma() {
        UI.getCurrent().navigate("profiles", QueryParameters.of("model", "google/gemma-2-27b-it"));
        assertThat(find(Select.class).id("profile-server-version").getValue()).isEqualTo("v0.7.2");
    }

    @Test
    void the_profiles_table_shows_the_published_a3_profile_at_the_price_sheets_cost_with_its_hourly_price() {
        assertThat(find(Select.class).id("pricing-model").getValue()).isEqualTo("spot");
        var rows = rows();
        assertThat(rows)
                .extracting(p -> p.key().machineType())
                .containsExactlyInAnyOrder("a3-highgpu-1g", "a2-highgpu-2g", "g2-standard-48");
        // recommended order, cheapest $/M output first: priced at the newest sheet, two A100s beat one H100
        assertThat(rows.getFirst().key().machineType()).isEqualTo("a2-highgpu-2g");
        var table = find(ProfilesTable.class).id("profiles-table");
        var grid = test(table);
        int a3 = 1;
        // what the row is: the machine type over its accelerators, as on the model page
        assertThat(grid.getCellComponent(a3, 0).getElement().getTextRecursively())
                .isEqualTo("a3-highgpu-1gnvidia-h100-80gb × 1");
        // the model page's names for the same figures, in its order: what decides after what the row is
        assertThat(GridColumns.headers(table).subList(0, 8))
                .containsExactly(
                        "Machine type",
                        "$/M output",
                        "Machine $/hour",
                        "Output tok/s",
                        "NTPOT",
                        "TTFT",
                        "ITL",
                        "$/M input");
        assertThat(grid.getCellText(a3, GridColumns.index(table, "$/M output"))).isEqualTo("$0.615");
        assertThat(grid.getCellText(a3, GridColumns.index(table, "Machine $/hour")))
                .isEqualTo("$5.85/h");
        assertThat(grid.getCellText(a3, GridColumns.index(table, "Output tok/s")))
                .isEqualTo("2,050");
        assertThat(grid.getCellText(a3, GridColumns.index(table, "NTPOT"))).isEqualTo("67 ms");
        // the digitized curves carry no TTFT or ITL
        assertThat(grid.getCellText(a3, GridColumns.index(table, "TTFT"))).isEqualTo("n/a");
        assertThat(grid.getCellText(a3, GridColumns.index(table, "$/M input"))).isEqualTo("$0.154");
        assertThat(grid.getCellText(a3, GridColumns.index(table, "Model server")))
                .isEqualTo("vllm");
        assertThat(grid.getCellText(a3, GridColumns.index(table, "Version"))).isEqualTo("v0.7.2");
        assertThat(grid.getCellText(a3, GridColumns.index(table, "Use case"))).isEqualTo("Chatbot (ShareGPT)");
        assertThat(grid.getCellText(a3, GridColumns.index(table, "Data"))).isEqualTo("published");
        assertThat(rows.get(a3).at().label().describe())
                .contains("giq_visualizations.ipynb")
                .contains("GIQ published $0.222/M output tokens and $0.055/M input (Spot)");
        assertThat(find(Paragraph.class).withId("profiles-comment").exists()).isFalse();
        assertThat(find(Paragraph.class).id("price-basis").getText())
                .startsWith("Costs spread each machine's hourly price (us-central1, 2026-07-30) over the tokens");
    }

    @Test
    void an_ntpot_target_drops_the_profiles_that_cannot_meet_it_and_reads_the_others_at_the_target() {
        test(find(NumberField.class).id("ntpot-target")).setValue(40.0);

        var rows = rows();
        // the L4 curve starts at 118 ms; the A100 and H100 ones reach 34 ms
        assertThat(rows).extracting(p -> p.key().machineType()).containsExactly("a3-highgpu-1g", "a2-highgpu-2g");
        assertThat(rows).allSatisfy(p -> assertThat(p.at().point().ntpotMs()).isEqualTo(40.0));
        assertThat(rows.getFirst().at().point().outputTokensPerSecond()).isLessThan(2050);
        assertThat(find(EChart.class).id("cost-vs-ntpot-chart").getElement().getProperty("option"))
                .contains("\"name\":\"NTPOT target 40 ms\"");
    }

    @Test
    void an_impossible_target_shows_the_engines_comment_instead_of_an_empty_table() {
        test(find(NumberField.class).id("ntpot-target")).setValue(1.0);

        assertThat(rows()).isEmpty();
        assertThat(find(Paragraph.class).id("profiles-comment").getText())
                .startsWith("The NTPOT target of 1 ms is below every matching profile's best NTPOT")
                .contains("34.2 ms is the lowest target that returns a profile");
    }

    @Test
    void another_pricing_model_reprices_the_profiles() {
        test(find(Select.class).id("pricing-model")).selectItem("On-demand");

        var rows = rows();
        assertThat(rows).hasSize(3);
        // GIQ published the a3 cost for spot only; on demand it is computed from the on-demand price
        var a3 = rows.stream()
                .filter(p -> p.key().machineType().equals("a3-highgpu-1g"))
                .findFirst()
                .orElseThrow();
        assertThat(a3.at().cost().pricingModel().apiName()).isEqualTo("on-demand");
        assertThat(a3.at().cost().usdPerMillionOutput()).isGreaterThan(new java.math.BigDecimal("0.222"));
    }

    @Test
    void the_csv_export_is_gclouds_profiles_list_csv() {
        var lines = BenchmarkCsv.profiles(rows()).split("\n");

        assertThat(lines[0])
                .isEqualTo("Instance Type,Accelerator Type,Model Name,Model Server Name,Model Server Version,"
                        + "Output Tokens/s,NTPOT (ms),TTFT (ms),ITL (ms),QPS,Cost/M Input Tokens,"
                        + "Cost/M Output Tokens,Use Case,Average Input Length,Average Output Length,Serving Stack,"
                        + "Serving Stack Version,Machine USD/Hour,Price Region,Price Date,Data,Data Basis");
        assertThat(lines[2])
                .startsWith("a3-highgpu-1g,nvidia-h100-80gb,google/gemma-2-27b-it,vllm,v0.7.2,2050,67,,,,0.154,0.615,"
                        + "Chatbot (ShareGPT),226,195,,,5.8532,us-central1,2026-07-30,published,\"published: ")
                .contains("GIQ published $0.222/M output tokens");
        assertThat(lines).hasSize(4);
    }

    @Test
    void the_cost_charts_carry_one_series_per_machine_type_and_the_models_by_quality() {
        assertThat(option("cost-vs-ntpot-chart"))
                .contains("\"name\":\"a3-highgpu-1g\"")
                .contains("\"name\":\"a2-highgpu-2g\"")
                .contains("\"name\":\"g2-standard-48\"")
                .contains("[67.1,0.61494]")
                .contains("\"name\":\"$ per million output tokens\"");
        assertThat(option("input-vs-output-chart"))
                .contains("\"name\":\"a3-highgpu-1g\"")
                .contains("\"name\":\"g2-standard-48\"")
                .contains("\"type\":\"scatter\"")
                .contains("[0.15374,0.61494]")
                .contains("\"scale\":false");
        assertThat(option("quality-vs-price-chart"))
                .contains("\"name\":\"" + CostCharts.MODELS_SERIES + "\"")
                // the cheapest gemma-2-27b-it profile over every server and version, at the sheet's prices: Elo 1236
                .contains("\"name\":\"gemma-2-27b-it\"")
                .contains(",1236.0]")
                .doesNotContain("[0.222,1236.0]")
                .contains("\"name\":\"gpt-oss-20b\"");
        assertThat(find(Paragraph.class).id("no-quality-score").getText())
                .startsWith("No quality score: ")
                .contains("Qwen3-8B");
    }

    @Test
    void machine_types_without_a_price_show_n_a_and_export_empty_cost_cells() {
        UI.getCurrent().navigate("profiles", QueryParameters.of("model", "deepseek-ai/DeepSeek-R1"));

        var rows = rows();
        assertThat(rows)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.at().hasCost()).isFalse());
        var table = find(ProfilesTable.class).id("profiles-table");
        var grid = test(table);
        assertThat(grid.getCellText(0, GridColumns.index(table, "$/M output"))).isEqualTo("n/a");
        assertThat(grid.getCellText(0, GridColumns.index(table, "Machine $/hour")))
                .isEqualTo("n/a");
        assertThat(BenchmarkCsv.profiles(rows).split("\n")[1]).contains(",,,Chatbot (ShareGPT),");
        assertThat(option("input-vs-output-chart")).contains("\"series\":[]");
        assertThat(find(Paragraph.class).id("no-quality-score").getText())
                .contains("No price for this pricing model: DeepSeek-R1.");
    }

    private String option(String chartId) {
        return find(EChart.class).id(chartId).getElement().getProperty("option");
    }

    @SuppressWarnings("unchecked")
    private List<Profile> rows() {
        return find(ProfilesTable.class)
                .id("profiles-table")
                .getGenericDataView()
                .getItems()
                .toList();
    }
}
